/** Lines of a plain-text table; `align` has one letter per column, 'l' or 'r' (default: first left). */
export function formatTable(header, rows, align = 'l'.padEnd(header.length, 'r')) {
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => String(row[c]).length)));
  const line = (row) =>
    '  ' +
    row
      .map((cell, c) => (align[c] === 'l' ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
