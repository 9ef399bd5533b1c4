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
  text: string;
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

/** Namespace URIs by their customary prefix: an undeclared prefix falls back to these, as tolerant feed readers do. */
export const WELL_KNOWN_NAMESPACES: Readonly<Record<string, string>> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  georss: 'http://www.georss.org/georss',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  thr: 'http://purl.org/syndication/thread/1.0',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/**
 * The markup at a '<', which always matches: a start or end tag (name, attribute text, '>' or end of input), else
 * a markup opener ('!--', '![CDATA[', '!', '?') or nothing (a lone '<' is text). Quoted values stop at '<'
 * (XML forbids it there), so a failed tag never scans past the next '<'.
 */
const MARKUP =
  /<(\/?)([A-Za-z_:\u00c0-\uffff][^\s<>/"'=]*)([^<>"']*(?:(?:"[^<"]*"|'[^<']*')[^<>"']*)*)(>|$)|<(!--|!\[CDATA\[|[!?])?/y;
const ATTRIBUTE = /([^\s="'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;
// Shared by every element without attributes or children (most leaves): fewer allocations per document.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});
const NO_CHILDREN = Object.freeze([]) as unknown as XmlElement[];
/** A '>' ends a declaration unless an internal subset '[' comes first, which then runs to ']' and '>'. */
const DECLARATION_END = /[^[>]*(?:>|\[[\s\S]*?\]\s*>)/y;
/**
 * A close tag that does not match the innermost element searches the open ones (unclosed <br> in naked HTML…).
 * Once a document has spent SEARCH_BUDGET steps on such searches (thousands of stray close tags under deep
 * nesting), each search looks only CLOSE_SEARCH_DEPTH levels deep, so hostile input stays linear.
 */
const SEARCH_BUDGET = 1 << 20;
const CLOSE_SEARCH_DEPTH = 16;

/** Name/value pairs of a start tag's attribute text, flattened as [name, value, …], values entity-decoded. */
export function readAttributes(source: string): string[] {
  const pairs: string[] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let match; (match = ATTRIBUTE.exec(source)); ) {
    pairs.push(match[1]!, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return pairs;
}

function resolveBase(value: string, parentBase: string | undefined): string | undefined {
  try {
    return new URL(value, parentBase).href;
  } catch {
    return parentBase;
  }
}

/** The end of a `<!…>` declaration starting at `from`: a DOCTYPE's internal subset `[…]` is skipped whole, never read. */
function declarationEnd(source: string, from: number): number {
  DECLARATION_END.lastIndex = from;
  const found = DECLARATION_END.exec(source);
  return found ? DECLARATION_END.lastIndex : source.length;
}

/** Reads an XML document tolerantly; returns the root element, or undefined when there is no element at all. Never throws. */
export function scanXml(source: string, baseUrl?: string): XmlElement | undefined {
  source = String(source);
  const open: XmlElement[] = [];
  const openNames: string[] = [];
  const openDeclarations: (string[] | undefined)[] = [];
  // prefix → stack of URIs; '' is the default namespace
  const bindings = new Map<string, string[]>();
  const lookup = (prefix: string): string => {
    const uris = bindings.get(prefix);
    return uris?.length ? uris[uris.length - 1]! : Object.hasOwn(WELL_KNOWN_NAMESPACES, prefix) ? WELL_KNOWN_NAMESPACES[prefix]! : '';
  };
  const undeclare = (prefixes: string[] | undefined) => {
    if (prefixes) for (const prefix of prefixes) bindings.get(prefix)!.pop();
  };
  let root: XmlElement | undefined;
  let top: XmlElement | undefined;
  let searchBudget = SEARCH_BUDGET;
  const end = source.length;
  let position = 0;
  while (position < end) {
    // text runs are found with indexOf, which is faster than any regex; the regex reads markup only
    const lt = source.indexOf('<', position);
    if (lt !== position) {
      const stop = lt < 0 ? end : lt;
      if (top) top.text += decodeEntities(source.slice(position, stop));
      position = stop;
      continue;
    }
    MARKUP.lastIndex = position;
    const match = MARKUP.exec(source)!;
    position = MARKUP.lastIndex;
    const qname = match[2];
    if (qname === undefined) {
      const markup = match[5];
      if (markup === undefined) {
        if (top) top.text += '<';
      } else if (markup === '![CDATA[') {
        const close = source.indexOf(']]>', position);
        if (top) top.text += source.slice(position, close < 0 ? end : close);
        position = close < 0 ? end : close + 3;
      } else if (markup === '!--' || markup === '?') {
        const close = source.indexOf(markup === '?' ? '?>' : '-->', position);
        position = close < 0 ? end : close + (markup === '?' ? 2 : 3);
      } else {
        position = declarationEnd(source, position);
      }
      continue;
    }
    // a tag cut off by the end of input: the document is truncated
    if (!match[4]) break;

    if (match[1]) {
      const innermost = open.length - 1;
      let depth = innermost;
      const lowest = searchBudget > 0 ? 0 : Math.max(0, innermost - CLOSE_SEARCH_DEPTH);
      while (depth >= lowest && openNames[depth] !== qname) depth--;
      searchBudget -= innermost - depth;
      if (depth >= lowest) {
        while (open.length > depth) {
          open.pop();
          openNames.pop();
          undeclare(openDeclarations.pop());
        }
        top = open[open.length - 1];
      }
      continue;
    }

    const attributeText = match[3]!;
    const selfClosing = attributeText.charCodeAt(attributeText.length - 1) === 47;
    const hasAttributes = attributeText.length > (selfClosing ? 1 : 0);
    let declared: string[] | undefined;
    let ownBase: string | undefined;
    let ownLang: string | undefined;
    // declarations first, as they apply to the element's own name and attributes; most tags have none
    if (hasAttributes && attributeText.includes('xml')) {
      const pairs = readAttributes(attributeText);
      for (let i = 0; i < pairs.length; i += 2) {
        const name = pairs[i]!;
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          const prefix = name.slice(6);
          (declared ??= []).push(prefix);
          const uris = bindings.get(prefix);
          if (uris) uris.push(pairs[i + 1]!);
          else bindings.set(prefix, [pairs[i + 1]!]);
        } else if (name === 'xml:base') ownBase = pairs[i + 1];
        else if (name === 'xml:lang') ownLang = pairs[i + 1];
      }
    }
    const colon = qname.indexOf(':');
    const parentBase = top ? top.base : baseUrl;
    const element: XmlElement = {
      name: colon > 0 && colon < qname.length - 1 ? qname.slice(colon + 1) : qname,
      ns: lookup(colon > 0 ? qname.slice(0, colon) : ''),
      attrs: NO_ATTRIBUTES,
      children: NO_CHILDREN,
      text: '',
      complete: true,
      base: ownBase === undefined ? parentBase : resolveBase(ownBase, parentBase),
      lang: ownLang ?? top?.lang,
      attrNs: undefined,
      textIndex: top ? top.text.length : 0,
    };
    if (hasAttributes) {
      ATTRIBUTE.lastIndex = 0;
      for (let pair; (pair = ATTRIBUTE.exec(attributeText)); ) {
        const name = pair[1]!;
        if (name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xml:')) continue;
        const at = name.indexOf(':');
        const local = at > 0 ? name.slice(at + 1) : name;
        if (local === '__proto__') continue;
        if (element.attrs === NO_ATTRIBUTES) element.attrs = {};
        element.attrs[local] = decodeEntities(pair[2] ?? pair[3] ?? pair[4] ?? '');
        if (at > 0) (element.attrNs ??= {})[local] = lookup(name.slice(0, at));
        else if (element.attrNs) delete element.attrNs[local];
      }
    }
    if (top) top.children === NO_CHILDREN ? (top.children = [element]) : top.children.push(element);
    else root ??= element;
    if (selfClosing) undeclare(declared);
    else {
      open.push(element);
      openNames.push(qname);
      openDeclarations.push(declared);
      top = element;
    }
  }
  for (const element of open) element.complete = false;
  return root;
}

/** Elements whose text is code, never content: left out of textContent and innerMarkup. */
const HIDDEN_ELEMENTS = /^(?:script|style|template)$/i;
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
