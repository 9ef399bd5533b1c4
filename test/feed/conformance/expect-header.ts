/** The comment header of a feedparser test file. */
export interface ExpectHeader {
  description: string;
  /** The Python expression after `Expect:`. */
  expect: string;
  /** Simulated HTTP response headers (`Header: Name: value`), lower-case names. */
  headers: Record<string, string>;
}

// feedparser's own tests/helpers.py pattern (no DOTALL: the expression is one line).
const DESCRIPTION_AND_EXPECT = /Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/;

/** Reads the `Description:` / `Expect:` / `Header:` header of a decoded test file (XML comment or JSON `__TEST__`). */
export function readExpectHeader(text: string): ExpectHeader | undefined {
  const match = DESCRIPTION_AND_EXPECT.exec(text);
  if (!match) return undefined;
  const comment = text.slice(0, match.index + match[0].length);
  const headers: Record<string, string> = {};
  for (const [, name, value] of comment.matchAll(/^\s*Header:\s*([\w-]+):[ \t]*(.*?)\s*$/gm)) headers[name.toLowerCase()] = value;
  return { description: match[1], expect: match[2].trim(), headers };
}
