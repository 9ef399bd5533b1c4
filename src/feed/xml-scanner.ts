import { NAMESPACES } from './feed-namespaces.js';
import { parseUrl } from './feed-url.js';
import { decodeEntities } from './html-entities.js';

/** One element of a scanned XML document. */
export interface XmlElement {
  /** Local name as written ('item', 'link'). */
  name: string;
  /** Namespace URI resolved from the xmlns declarations in scope ('' if none). */
  ns: string;
  /** Attribute values (entities decoded) by local name; xmlns and xml:* attributes are left out. Read-only: elements without attributes share one frozen object. */
  attrs: Record<string, string>;
  /** Child elements in document order. Read-only: leaves share one frozen empty array. */
  children: XmlElement[];
  /** Character data directly inside this element (text + CDATA), entities decoded, not trimmed. */
  readonly text: string;
  /** False when the document ended before this element's close tag. */
  complete: boolean;
  /** Effective xml:base (the element's own included), resolved against the parent's; undefined if none. */
  base?: string;
  /** Effective xml:lang in scope; undefined if none. */
  lang?: string;
  /** Namespace URI of each prefixed attribute by local name (e.g. rdf:resource); undefined if there is none. */
  attrNs?: Record<string, string>;
  /** Length of the parent's `text` when this element started: where it sits among the parent's character data. */
  textIndex?: number;
}

/**
 * The markup at a '<' (but CDATA), which always matches: a start or end tag (name, attribute text, '>' or end of
 * input), else a markup opener ('!--', '!', '?') or nothing (a lone '<' is text). Quoted values stop at '<'
 * (XML forbids it there), so a failed tag never scans past the next '<'.
 */
const MARKUP =
  /<(\/?)([A-Za-z_:\u00c0-\uffff][^\s<>/"'=]*)([^<>"']*(?:(?:"[^<"]*"|'[^<']*')[^<>"']*)*)(>|$)|<(!--|[!?])?/y;
/** A start tag without attributes after its '<': a name and '>'. */
const BARE_START_TAG = /[A-Za-z_:\u00c0-\uffff][^\s<>/"'=]*>/y;
/** What MARKUP matches of such a tag but its name: no '/', no attributes, '>'. */
const BARE_MATCH = ['', '', '', '', '>'] as unknown as RegExpExecArray;
/** One attribute of a start tag's attribute text: name, then a double-quoted, single-quoted or bare value. */
export const ATTRIBUTE = /([^\s="'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;
/** A '>' ends a declaration unless an internal subset '[' comes first, which then runs to ']' and '>'. */
const DECLARATION_END = /[^[>]*(?:>|\[[\s\S]*?\]\s*>)/y;
// Shared by every element without attributes or children (most leaves): fewer allocations per document.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});
const NONE = Object.freeze([]) as unknown as [];
/** Prefix → URI before any declaration: an undeclared well-known prefix resolves, as tolerant feed readers do. */
const ROOT_SCOPE = new Map(Object.entries(NAMESPACES));
/**
 * A close tag that does not match the innermost element searches the open ones (unclosed <br> in naked HTML…).
 * Once a document has spent a million steps on such searches (thousands of stray close tags under deep nesting),
 * each search looks only 16 levels deep, so hostile input stays linear.
 */
const SEARCH_BUDGET = 1 << 20;

/**
 * An element as the scanner builds it. Its text is decoded when first read: one run of character data is kept as
 * written until then, since much text is never read (an Atom entry's escaped content, when its summary is shown).
 */
class ScannedElement implements XmlElement {
  children: XmlElement[] = NONE;
  complete = true;
  #text = '';
  /** Whether #text is one run of character data still as written, entities not decoded. */
  #undecoded = false;

  constructor(
    readonly name: string,
    readonly ns: string,
    readonly attrs: Record<string, string>,
    readonly base: string | undefined,
    readonly lang: string | undefined,
    readonly attrNs: Record<string, string> | undefined,
    readonly textIndex: number,
  ) {}

  get text(): string {
    if (this.#undecoded) {
      this.#text = decodeEntities(this.#text);
      this.#undecoded = false;
    }
    return this.#text;
  }

  /** Adds character data: text as written (`undecoded`), or CDATA and characters as they are. */
  append(data: string, undecoded: boolean): void {
    if (this.#text) this.#text = this.text + (undecoded ? decodeEntities(data) : data);
    else {
      this.#text = data;
      this.#undecoded = undecoded;
    }
  }
}

/** The value (entity-decoded) of an ATTRIBUTE match. */
export const attributeValue = (match: RegExpExecArray): string => decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');

/** Reads an XML document tolerantly; returns the root element, or undefined when there is no element at all. Never throws. */
export function scanXml(source: string, baseUrl?: string): XmlElement | undefined {
  source = String(source);
  const end = source.length;
  // the open elements, innermost last, with their qualified names and the prefix → URI scope inside each
  const open: ScannedElement[] = [];
  const openNames: string[] = [];
  const scopes: Map<string, string>[] = [];
  let scope = ROOT_SCOPE;
  let root: ScannedElement | undefined;
  let top: ScannedElement | undefined;
  let searchBudget = SEARCH_BUDGET;
  let position = 0;
  while (position < end) {
    // text runs are found with indexOf, which is faster than any regex; the regex reads markup only
    let lt = source.indexOf('<', position);
    if (lt < 0) lt = end;
    if (top && lt > position) top.append(source.slice(position, lt), true);
    if (lt == end) break;
    if (source.startsWith('<![CDATA[', lt)) {
      // character data as written, up to ']]>'
      const close = source.indexOf(']]>', lt);
      top?.append(source.slice(lt + 9, close < 0 ? end : close), false);
      position = close < 0 ? end : close + 3;
      continue;
    }
    let depth = open.length - 1;
    const innermost = openNames[depth];
    // the usual close tag, of the innermost element, needs no regex
    if (
      innermost &&
      source.charCodeAt(lt + 1) == 47 &&
      source.startsWith(innermost, lt + 2) &&
      source.charCodeAt(lt + 2 + innermost.length) == 62
    ) {
      position = lt + 3 + innermost.length;
    } else {
      // the usual start tag, without attributes, is read without a match to allocate
      BARE_START_TAG.lastIndex = lt + 1;
      let match = BARE_MATCH;
      let qname: string | undefined;
      if (BARE_START_TAG.test(source)) {
        position = BARE_START_TAG.lastIndex;
        qname = source.slice(lt + 1, position - 1);
      } else {
        MARKUP.lastIndex = lt;
        match = MARKUP.exec(source)!;
        position = MARKUP.lastIndex;
        qname = match[2];
      }
      if (qname === undefined) {
        const opener = match[5];
        if (opener == '!') {
          // a DOCTYPE's internal subset is skipped whole, never read: no entity expansion
          DECLARATION_END.lastIndex = position;
          position = DECLARATION_END.exec(source) ? DECLARATION_END.lastIndex : end;
        } else if (opener) {
          const closer = opener == '?' ? '?>' : '-->';
          const close = source.indexOf(closer, position);
          position = close < 0 ? end : close + closer.length;
        } else top?.append('<', false);
        continue;
      }
      // a tag cut off by the end of input: the document is truncated
      if (!match[4]) break;
      if (!match[1]) {
        const attributeText = match[3]!;
        let ownScope = scope;
        let ownBase: string | undefined;
        let ownLang: string | undefined;
        let attrs = NO_ATTRIBUTES;
        // prefix of each prefixed attribute, by local name, until the declarations are all read
        let attrNs: Record<string, string> | undefined;
        ATTRIBUTE.lastIndex = 0;
        // most tags have no attributes: '' or '/'
        for (let pair; attributeText.length > 1 && (pair = ATTRIBUTE.exec(attributeText)); ) {
          const name = pair[1]!;
          const value = attributeValue(pair);
          const at = name.indexOf(':');
          const prefix = at > 0 ? name.slice(0, at) : '';
          const local = at > 0 ? name.slice(at + 1) : name;
          if (name == 'xmlns' || prefix == 'xmlns') {
            // copied on write: a lookup is then one Map.get, however deep the declarations
            if (ownScope == scope) ownScope = new Map(scope);
            ownScope.set(prefix && local, value);
          } else if (prefix == 'xml') {
            if (local == 'base') ownBase = value;
            if (local == 'lang') ownLang = value;
          } else if (local != '__proto__') {
            // the element's own (unprefixed) attribute wins over a namespaced one of the same local name
            if (prefix && local in attrs && !attrNs?.[local]) continue;
            if (attrs == NO_ATTRIBUTES) attrs = {};
            attrs[local] = value;
            if (prefix) (attrNs ??= {})[local] = prefix;
            else if (attrNs) delete attrNs[local];
          }
        }
        for (const local in attrNs) attrNs[local] = ownScope.get(attrNs[local]!) ?? '';
        const colon = qname.indexOf(':');
        const prefix = colon > 0 ? qname.slice(0, colon) : '';
        const parentBase = top ? top.base : baseUrl;
        const element = new ScannedElement(
          colon > 0 && colon < qname.length - 1 ? qname.slice(colon + 1) : qname,
          // an undeclared (and not well-known) prefix is a namespace of its own, never the core one
          ownScope.get(prefix) ?? (prefix && prefix + ':'),
          attrs,
          ownBase === undefined ? parentBase : parseUrl(ownBase, parentBase)?.href ?? parentBase,
          ownLang ?? top?.lang,
          attrNs,
          top ? top.text.length : 0,
        );
        if (top) top.children == NONE ? (top.children = [element]) : top.children.push(element);
        else root ??= element;
        if (!attributeText.endsWith('/')) {
          open.push((top = element));
          openNames.push(qname);
          scopes.push((scope = ownScope));
        }
        continue;
      }
      const lowest = searchBudget > 0 ? 0 : Math.max(0, depth - 16);
      while (depth >= lowest && openNames[depth] !== qname) depth--;
      searchBudget -= open.length - 1 - depth;
      if (depth < lowest) continue;
    }
    while (open.length > depth) {
      open.pop();
      openNames.pop();
      scopes.pop();
    }
    top = open[depth - 1];
    scope = scopes[depth - 1] ?? ROOT_SCOPE;
  }
  for (const element of open) element.complete = false;
  return root;
}

/** Elements whose text is code, never content: left out of textContent and innerMarkup. */
export const HIDDEN_ELEMENTS = /^(?:script|style|template)$/i;
const MARKUP_SPECIAL = /[&<>"]/g;
const escapeMarkup = (text: string): string => text.replace(MARKUP_SPECIAL, (special) => `&#${special.charCodeAt(0)};`);

/** Walks an element's descendants in document order without recursion, as plain text or as re-serialised markup. */
function serialise(element: XmlElement, asMarkup: boolean): string {
  const parts: string[] = [];
  const elements = [element];
  const nextChild = [0];
  const consumed = [0];
  while (elements.length) {
    const last = elements.length - 1;
    const current = elements[last]!;
    const index = nextChild[last]!;
    const child = current.children[index];
    const upTo = child ? child.textIndex ?? consumed[last]! : current.text.length;
    const text = current.text.slice(consumed[last], upTo);
    parts.push(asMarkup ? escapeMarkup(text) : text);
    consumed[last] = upTo;
    if (child) {
      nextChild[last] = index + 1;
      if (HIDDEN_ELEMENTS.test(child.name)) continue;
      if (asMarkup) {
        parts.push('<', child.name);
        for (const name in child.attrs) parts.push(' ', name, '="', escapeMarkup(child.attrs[name]!), '"');
        parts.push('>');
      }
      elements.push(child);
      nextChild.push(0);
      consumed.push(0);
    } else {
      elements.pop();
      nextChild.pop();
      consumed.pop();
      if (asMarkup && elements.length) parts.push('</', current.name, '>');
    }
  }
  return parts.join('');
}

/** All character data of an element and its descendants, in document order (for XHTML content and mixed content); script, style and template elements are left out. */
export function textContent(element: XmlElement): string {
  return element.children.length ? serialise(element, false) : element.text;
}

/** An element's content serialised back to markup (local names, text and attributes escaped): Atom xhtml content as HTML for htmlToText and firstImageInHtml. */
export function innerMarkup(element: XmlElement): string {
  return serialise(element, true);
}

/** First child with this local name and namespace URI. */
export function childElement(parent: XmlElement, ns: string, name: string): XmlElement | undefined {
  for (const child of parent.children) if (child.name === name && child.ns === ns) return child;
  return undefined;
}

/** All children with this local name and namespace URI. */
export function childElements(parent: XmlElement, ns: string, name: string): XmlElement[] {
  return parent.children.filter((child) => child.name === name && child.ns === ns);
}
