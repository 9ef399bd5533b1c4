// Reads a test feed's own markup just far enough to know how feedparser typed a value (HTML or
// text) and which links and categories it saw. Regex-based on purpose: the harness must not
// depend on the scanner under test, and ill-formed files must still be readable.

/** One element of a source document: its local name, attributes and raw inner markup. */
export interface SourceElement {
  name: string;
  attributes: Record<string, string>;
  content: string;
}

/** A stretch of a source document, with comments and CDATA masked out for searching. */
export interface SourceScope {
  text: string;
  masked: string;
}

const MASKED = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g;
const ITEM = /<(?:[\w.-]+:)?(item|entry)\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?\1\s*>/gi;
const FEED_NESTED = /<(?:[\w.-]+:)?(image|textinput|source|author|contributor)\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?\1\s*>/gi;
const ITEM_NESTED = /<(?:[\w.-]+:)?(source|author|contributor)\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?\1\s*>/gi;

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function blankMatches(scope: SourceScope, pattern: RegExp): SourceScope {
  return { text: scope.text, masked: scope.masked.replace(pattern, blank) };
}

/** The whole document as a scope, comments and CDATA masked. */
export function documentScope(source: string): SourceScope {
  return { text: source, masked: source.replace(MASKED, blank) };
}

/** The local name of the document's root element, lower-case (`rss`, `feed`, `rdf`, `channel` for CDF …). */
export function rootElementName(source: string): string | undefined {
  return /^\s*(?:<[?!][^>]*>\s*)*<(?:[\w.-]+:)?([\w.-]+)/.exec(documentScope(source).masked)?.[1].toLowerCase();
}

/** The feed-level part: items, images, text inputs, sources and authors masked out. */
export function feedScope(source: string): SourceScope {
  return blankMatches(blankMatches(documentScope(source), ITEM), FEED_NESTED);
}

/** The part holding item `index` (RSS item or Atom entry), nested sources and authors masked; undefined when absent. */
export function itemScope(source: string, index: number): SourceScope | undefined {
  const whole = documentScope(source);
  const match = Array.from(whole.masked.matchAll(ITEM))[index];
  if (!match) return undefined;
  const end = match.index + match[0].length;
  return blankMatches({ text: whole.text.slice(match.index, end), masked: match[0] }, ITEM_NESTED);
}

function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[name.toLowerCase()] = doubleQuoted ?? singleQuoted;
  }
  return attributes;
}

/** Every element in `scope` whose local name is one of `names` (case-insensitive), in document order. */
export function findElements(scope: SourceScope, names: string[]): SourceElement[] {
  const start = new RegExp(`<(?:([\\w.-]+):)?(${names.join('|')})\\b([^>]*?)(/?)>`, 'gi');
  const found: SourceElement[] = [];
  for (const match of scope.masked.matchAll(start)) {
    const [tag, prefix, name, attributeText, selfClosing] = match;
    const contentStart = match.index + tag.length;
    let content = '';
    if (!selfClosing) {
      const close = new RegExp(`</${prefix ? `${prefix}:` : ''}${name}\\s*>`, 'i').exec(scope.masked.slice(contentStart));
      content = scope.text.slice(contentStart, close ? contentStart + close.index : scope.text.length);
    }
    found.push({ name: name.toLowerCase(), attributes: parseAttributes(attributeText), content });
  }
  return found;
}

/** The first element named by `names`, trying the names in order of preference. */
export function findFirstElement(scope: SourceScope, names: string[]): SourceElement | undefined {
  for (const name of names) {
    const [element] = findElements(scope, [name]);
    if (element) return element;
  }
  return undefined;
}

const XML_REFERENCE = /&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The character of a numeric reference body (`38`, `x26`), or undefined when it names none. */
function characterOf(number: string): string | undefined {
  const code = number[0].toLowerCase() === 'x' ? parseInt(number.slice(1), 16) : Number(number);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** XML character data decoded once: CDATA sections unwrapped, predefined and numeric references replaced (other names left for HTML). */
export function decodeXmlText(text: string): string {
  return text
    .split(/(<!\[CDATA\[[\s\S]*?(?:\]\]>|$))/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9).replace(/\]\]>$/, '')
        : part.replace(XML_REFERENCE, (whole, name: string) => (name.startsWith('#') ? characterOf(name.slice(1)) : PREDEFINED[name.toLowerCase()]) ?? whole),
    )
    .join('');
}

/** The HTML an element carries as a reader's browser would get it: inline markup as is, escaped markup decoded; undefined for base64. */
export function elementMarkup(element: SourceElement): string | undefined {
  if (element.attributes.mode === 'base64') return undefined;
  const outsideCdata = element.content.replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, '');
  return /<[A-Za-z]/.test(outsideCdata) ? element.content : decodeXmlText(element.content);
}
