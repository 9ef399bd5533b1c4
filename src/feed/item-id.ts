/** A stable id for an item without guid, id or URL: FNV-1a of title and date, as 'h' + base 36. */
export function itemId(title: string, date = ''): string {
  let hash = 0x811c9dc5;
  for (const char of title + '\n' + date) hash = Math.imul(hash ^ char.charCodeAt(0), 0x1000193);
  return 'h' + (hash >>> 0).toString(36);
}
