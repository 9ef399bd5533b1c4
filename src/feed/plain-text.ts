import { decodeEntities, WINDOWS_1252 } from './html-entities.js';
import { ATTRIBUTE, attributeValue } from './xml-scanner.js';

/**
 * At a '<': a comment, a script/style/template element with its content (group 1), a tag (name in group 2,
 * attributes in group 3; a quote opens a value only after '=', so `title=don't` is harmless), or a `<!…>` /
 * `<?…>` declaration. Anything unclosed runs to the end of input; a match never fails once started, so it never
 * backtracks.
 */
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?[a-z][^\s/>=]*)((?:[^>=]|=\s*(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|))*)(?:>|$)|<[!?][^>]*(?:>|$)/gi;
/** Elements that start a new line when rendered (and img): their edges separate words. */
export const BLOCK = /^\/?(?:address|article|aside|blockquote|br|caption|d[dlt]|div|fig(?:caption|ure)|footer|h[1-6r]|header|img|li|main|nav|ol|p|pre|section|t[dhr]|table|ul)$/i;
// only what needs replacing: a run of ASCII whitespace, or one that is not a plain space
const WHITESPACE = /[\t\n\v\f\r ]{2,}|[\t\n\v\f\r]/g;
const C1_CONTROL = /[\x80-\x9f]/g;
// a dangling separator or punctuation, and half a surrogate pair, never stand before the ellipsis
const TRAILING = /[\s,;:\-–—]*[\ud800-\udbff]?$/;

/**
 * Plain text of an HTML fragment: tags stripped, text inside script/style/template (and comments) dropped, entities
 * decoded once, whitespace collapsed and trimmed. Block-level tags (p, br, div, li, h1-6, tr…) become a space so words
 * don't run together. Text beyond the first `max` characters may be left out.
 */
export function htmlToText(html: string, max = Infinity): string {
  // a summary needs only the start of a long article: the text of a window eight times as long is exact but for its
  // last few characters (an entity or a tag cut in two), unless the window holds mostly markup
  if (html.length > max * 8) {
    const text = htmlToText(html.slice(0, max * 8));
    if (text.length > max + 20) return text;
  }
  const stripped = html.includes('<') ? html.replace(MARKUP, (_markup, _hidden, name?: string) => (name && BLOCK.test(name) ? ' ' : '')) : html;
  return collapseWhitespace(decodeEntities(stripped));
}

// The start of a tag, a comment or a declaration.
const MARKUP_START = /<[a-z/!?]/i;

/**
 * A name or a tag as plain text in every format: markup in it (escaped, in CDATA, in a JSON string)
 * gives its text, as a title's does; text without markup stays as it is (`R&D`, `a < b`).
 */
export const nameText = (value: unknown): unknown => (typeof value == 'string' && MARKUP_START.test(value) ? htmlToText(value) : value);

/**
 * Collapses runs of ASCII whitespace to one space and trims; a no-break space inside the text stays (it is meant).
 * A raw U+0080–U+009F is a windows-1252 character read as latin-1 (’ sent as 0x92): it becomes that character.
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(WHITESPACE, ' ')
    .replace(C1_CONTROL, (control) => WINDOWS_1252[control.charCodeAt(0) - 128]!)
    .trim();
}

/** Cuts plain text to at most max characters at a word boundary, adding '…' when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // a word longer than half the room is cut inside rather than leaving almost nothing
  if (text[max - 1] != ' ' && space > max / 2) cut = cut.slice(0, space);
  return cut.replace(TRAILING, '') + '…';
}

/** The src and alt of the first <img> in an HTML fragment (attributes entity-decoded), or undefined. Prefers a lazy-loading data-src over a placeholder data: src. */
export function firstImageInHtml(html: string): { src: string; alt?: string } | undefined {
  // most HTML has no image: a plain search spares the tag scan
  if (!/<img/i.test(html)) return undefined;
  MARKUP.lastIndex = 0;
  for (let match; (match = MARKUP.exec(html)); ) {
    if (match[2]?.toLowerCase() != 'img') continue;
    const attrs: Record<string, string> = Object.create(null);
    ATTRIBUTE.lastIndex = 0;
    // the first of repeated attributes counts, as in HTML
    for (let pair; (pair = ATTRIBUTE.exec(match[3]!)); ) attrs[pair[1]!.toLowerCase()] ??= attributeValue(pair).trim();
    let { src, alt } = attrs;
    if (!src || /^data:/i.test(src)) src = attrs['data-src'] || attrs['data-lazy-src'] || src;
    if (src) return alt === undefined ? { src } : { src, alt };
  }
  return undefined;
}
