import { decodeEntities } from './html-entities.js';
import { readAttributes } from './xml-scanner.js';

/** Comments and script/style/template elements with their content, each cut at the end of input when unclosed. */
const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/**
 * A tag with its attributes (a quote opens a value only after '=', so `title=don't` is harmless; an unclosed
 * quote or tag runs to the end of input), or a `<!…>` / `<?…>` declaration. It never fails once started,
 * so it never backtracks.
 */
const TAG = /<(\/?[a-zA-Z][^\s/>=]*)((?:[^>=]|=\s*(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|))*)(?:>|$)|<[!?][^>]*(?:>|$)/g;
const BLOCK =
  /^\/?(?:address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;
const ASCII_WHITESPACE = /[\t\n\v\f\r ]+/g;

/** Plain text of an HTML fragment: tags stripped, text inside script/style/template (and comments) dropped, entities decoded once, whitespace collapsed and trimmed. Block-level tags (p, br, div, li, h1-6, tr…) become a space so words don't run together. */
export function htmlToText(html: string): string {
  const text = html
    .replace(HIDDEN, '')
    .replace(TAG, (_tag, name?: string) => (name === undefined || BLOCK.test(name) ? ' ' : ''));
  return collapseWhitespace(decodeEntities(text));
}

/** Collapses runs of ASCII whitespace to one space and trims; a no-break space inside the text stays (it is meant). */
export function collapseWhitespace(text: string): string {
  return text.replace(ASCII_WHITESPACE, ' ').trim();
}

/** Cuts plain text to at most max characters at a word boundary, adding '…' when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // a word longer than half the room is cut inside rather than leaving almost nothing
  if (text[max - 1] !== ' ' && space > max / 2) cut = cut.slice(0, space);
  // never leave half a surrogate pair, a dangling separator or punctuation before the ellipsis
  return cut.replace(/[\ud800-\udbff]$/, '').replace(/[\s,;:\-–—]+$/, '') + '…';
}

/** The src and alt of the first <img> in an HTML fragment (attributes entity-decoded), or undefined. Prefers a lazy-loading data-src over a placeholder data: src. */
export function firstImageInHtml(html: string): { src: string; alt?: string } | undefined {
  const visible = html.replace(HIDDEN, '');
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(visible)); ) {
    if (match[1]?.toLowerCase() !== 'img') continue;
    const pairs = readAttributes(match[2]!);
    const attrs = new Map<string, string>();
    for (let i = pairs.length - 2; i >= 0; i -= 2) attrs.set(pairs[i]!.toLowerCase(), pairs[i + 1]!.trim());
    let src = attrs.get('src');
    if (!src || /^data:/i.test(src)) src = attrs.get('data-src') || attrs.get('data-lazy-src') || src;
    if (!src) continue;
    const alt = attrs.get('alt');
    return alt === undefined ? { src } : { src, alt };
  }
  return undefined;
}
