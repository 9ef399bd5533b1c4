const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};

/** The value of one Python string literal token (`'…'`, `u"…"`, `r'…'`, `'''…'''`), escapes applied. */
export function decodePythonString(token: string): string {
  const prefix = /^[a-zA-Z]*/.exec(token)![0].toLowerCase();
  const quoted = token.slice(prefix.length);
  const quote = quoted.startsWith("'''") || quoted.startsWith('"""') ? quoted.slice(0, 3) : quoted[0];
  const body = quoted.slice(quote.length, quoted.length - quote.length);
  if (prefix.includes('r')) return body;
  return body.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g, (whole, escape: string) => {
    if (/^[xuU]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (/^[0-7]/.test(escape)) return String.fromCodePoint(parseInt(escape, 8));
    if (escape.startsWith('N{')) throw new SyntaxError(`unsupported escape ${whole}`);
    return SIMPLE_ESCAPES[escape] ?? whole;
  });
}
