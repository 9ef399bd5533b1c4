import { enclosure, htmlImage, SUMMARY_LENGTH, toCount, type ItemParts } from './feed-item-build.js';
import { NAMESPACES } from './feed-namespaces.js';
import { resolveHttpUrl } from './feed-url.js';
import type { FeedEnclosure, FeedImage } from './model.js';
import { markupText } from './parse-markup-text.js';
import { collapseWhitespace, htmlToText, nameText } from './plain-text.js';
import { childElement, type XmlElement } from './xml-scanner.js';

/** The elements of a channel, item or entry by field (the index of their group in FIELDS), in document order. */
export type XmlFields = XmlElement[][];

/**
 * The elements of each field, one group per field in the order of the constants below; an element is prefix:name
 * (a prefix of NAMESPACES; none for RSS core), lowercased, so RSS, RDF, Atom 1.0 and 0.3 share one table. A field
 * ending in 2 is the fallback of the one before it; RSS enclosures count as links, an old-style itunes:link as
 * itunes:image.
 */
const FIELDS =
  'title atom:title|dc:title media:title|link atom:link enclosure|description atom:summary|' +
  'dc:description itunes:summary media:description|content:encoded atom:content xhtml:body body fullitem|guid atom:id|' +
  'pubdate dc:date atom:published atom:issued dc:issued|lastbuilddate atom:updated atom:modified dc:modified|' +
  'author atom:author dc:creator dc:author itunes:author|category atom:category dc:subject media:category itunes:category|' +
  'language dc:language|media:content media:thumbnail|itunes:image itunes:link|item atom:entry|channel media:group|' +
  'managingeditor webmaster';
export const TITLE = 0;
export const TITLE2 = 1;
export const LINK = 2;
const SUMMARY = 3;
const SUMMARY2 = 4;
const CONTENT = 5;
const ID = 6;
export const PUBLISHED = 7;
export const UPDATED = 8;
const AUTHOR = 9;
const TAG = 10;
export const LANGUAGE = 11;
const MEDIA = 12;
const ITUNES = 13;
export const ENTRY = 14;
/** Elements read through as if their children were the parent's: a channel, a media:group. */
const GROUP = 15;
/** A channel's editor and webmaster: whose items they are when nothing else says. */
const EDITOR = 16;

/** Field by prefix:name (see FIELDS). */
const FIELD_OF = new Map<string, number>();
FIELDS.split('|').forEach((keys, field) => keys.split(' ').forEach((key) => FIELD_OF.set(key, field)));
/**
 * Namespace URI → prefix of FIELDS. Other URIs of the same vocabularies share a vocabulary's prefix: DC terms,
 * misspellings seen in feeds. The root's own namespace reads as RSS core or Atom per document (see prefixOf).
 */
const PREFIX_OF = new Map(Object.entries(NAMESPACES).map(([prefix, uri]) => [uri, prefix == 'dcterms' ? 'dc' : prefix]))
  .set('http://search.yahoo.com/mrss', 'media')
  .set('http://www.itunes.com/DTDs/Podcast-1.0.dtd', 'itunes');
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i;
const IMAGE_TYPE = /^image\//;
const HTML_TYPE = /^(text\/)?html/i;
const TEXT_OR_XML_TYPE = /^text\/|xml$/;
const SCHEME = /^[a-z][\w+.-]*:/i;

/** What the whole feed gives every item: the root's namespace and what it reads as, the site URL, the feed's authors that items without their own inherit. */
export interface XmlFeedContext {
  rootNs: string;
  /** 'atom' for an Atom document, '' (RSS core) for RSS and RDF. */
  rootPrefix: string;
  site?: string;
  authors: string[];
  /** The field of each namespace URI and local name met so far (-1: none): a lookup without building a key. */
  fieldsByNs: Map<string, Map<string, number>>;
}

/** The prefix of FIELDS an element's namespace reads as: the root's own is the format's (Atom without xmlns, Userland RSS…). */
const prefixOf = ({ ns }: XmlElement, context: XmlFeedContext) =>
  ns == context.rootNs ? context.rootPrefix : PREFIX_OF.get(ns) ?? ns;

/** The field of an element (see FIELDS), else -1. */
function fieldOf(element: XmlElement, context: XmlFeedContext): number {
  const { ns, name } = element;
  let byName = context.fieldsByNs.get(ns);
  if (!byName) context.fieldsByNs.set(ns, (byName = new Map()));
  let field = byName.get(name);
  if (field === undefined) {
    const prefix = prefixOf(element, context);
    byName.set(name, (field = FIELD_OF.get((prefix && prefix + ':') + name.toLowerCase()) ?? -1));
  }
  return field;
}

/** One pass over an element's children (and through channel / media:group) into fields. */
export function readFields(element: XmlElement, context: XmlFeedContext, fields: XmlFields = []): XmlFields {
  for (const child of element.children) {
    const field = fieldOf(child, context);
    if (field == GROUP) readFields(child, context, fields);
    else if (field >= 0) {
      (fields[field] ??= []).push(child);
      // a category may hold subcategories (iTunes)
      if (field == TAG) readFields(child, context, fields);
    }
  }
  return fields;
}

/** The first element of a field, else of its fallback. */
export const firstOf = (fields: XmlFields, field: number, fallback = field) => (fields[field] ?? fields[fallback])?.[0];

/** The text of the last element of a field: the last of repeated dates wins, as in feedparser. */
export const lastText = (fields: XmlFields, field: number) => fields[field]?.at(-1)!.text;

/** UTF-8 text of base64 data, or the data itself when it is not base64. */
function base64Text(data: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(data.replace(/\s+/g, '')), (char) => char.charCodeAt(0)));
  } catch {
    return data;
  }
}

/**
 * Plain text of a title, summary or content: RSS text is HTML; an Atom text construct is HTML
 * when its type (or 0.3 mode) says so, literal text otherwise, and base64 when its type is
 * neither text nor XML (or mode="base64"); inline markup gives its text. HTML text beyond `max` characters may be
 * left out.
 */
export function plainText(element: XmlElement | undefined, context: XmlFeedContext, max?: number): string {
  if (!element) return '';
  const { type = '', mode } = element.attrs;
  const atom = prefixOf(element, context) == 'atom';
  const html = mode == 'escaped' || HTML_TYPE.test(type);
  const markup = element.children.length;
  const text = markup
    ? markupText(element)
    : mode == 'base64' || (atom && type.includes('/') && !TEXT_OR_XML_TYPE.test(type))
      ? base64Text(element.text)
      : element.text;
  // markup inside an Atom html construct still carries escaped HTML (a Typepad habit)
  return (markup ? atom && html : !atom || html) ? htmlToText(text, max) : collapseWhitespace(text);
}

/** Resolves an href against the element's xml:base (which includes the document URL), else the site. */
const resolve = (href: string | undefined, element: XmlElement, site?: string) => resolveHttpUrl(href, element.base ?? site);

/** The alternate link (an HTML one first) of link elements; enclosures (RSS, or rel="enclosure") go to `enclosures`. */
export function alternateLink(links: XmlElement[] = [], site?: string, enclosures?: FeedEnclosure[]): string | undefined {
  let best: string | undefined;
  let fallback: string | undefined;
  for (const link of links) {
    const { attrs } = link;
    const { type, href = attrs.url ?? link.text } = attrs;
    const rel = link.name == 'enclosure' ? 'enclosure' : attrs.rel ?? 'alternate';
    if (rel == 'enclosure') {
      const found = enclosure(href, type, attrs.length, link.base ?? site);
      if (found) enclosures?.push(found);
    } else if (rel == 'alternate' && !best) {
      const url = resolve(href, link, site);
      if (!type || type.includes('html')) best = url;
      else fallback ??= url;
    }
  }
  return best ?? fallback;
}

/** The widest media:thumbnail / image media:content, with its media:description or media:title as alt. */
function mediaImage(media: XmlElement[] = [], site?: string): FeedImage | undefined {
  let image: FeedImage | undefined;
  for (const element of media) {
    const { children, attrs, name, ns } = element;
    // a video's media:content may hold its own thumbnails; the loop reaches them too
    if (name == 'content') for (const child of children) if (child.name == 'thumbnail' && child.ns == ns) media.push(child);
    const { url: href, medium, type = '', width, height } = attrs;
    const url = resolve(href, element, site);
    if (
      url &&
      (name == 'thumbnail' || medium == 'image' || IMAGE_TYPE.test(type) || (!medium && !type && IMAGE_FILE.test(url))) &&
      (!image || (toCount(width) ?? 0) > (image.width ?? 0))
    ) {
      const alt = childElement(element, ns, 'description') ?? childElement(element, ns, 'title');
      image = { url, alt: alt && htmlToText(alt.text), width: toCount(width), height: toCount(height) };
    }
  }
  return image;
}

/** Names of author / dc:creator / itunes:author elements (an Atom author's name child). */
const authorNames = (fields: XmlFields): string[] => (fields[AUTHOR] ?? []).map((author) => (childElement(author, author.ns, 'name') ?? author).text);

/**
 * The authors an item without its own inherits: the feed's (Atom author, a channel's itunes:author
 * or dc:creator), else the first managingEditor / webMaster that gives a name beside its address
 * ('news@example.com (Olena Koval)'): a bare address names no one.
 */
export function feedAuthors(fields: XmlFields): string[] {
  const names = authorNames(fields);
  const editor = fields[EDITOR]?.find(({ text }) => /[(<]|^[^@]*$/.test(text.trim()))?.text;
  return names.length ? names : editor ? [editor] : [];
}

/** The first `<img>` of an HTML text construct, resolved against its base. */
const imageIn = (html: XmlElement | undefined, site?: string) =>
  html && !html.children.length ? htmlImage(html.text, html.base ?? site) : undefined;

/** The parts of one RSS item, RDF item or Atom entry. */
export function readXmlItem(item: XmlElement, context: XmlFeedContext): ItemParts {
  const { site, authors } = context;
  const fields = readFields(item, context);
  const enclosures: FeedEnclosure[] = [];
  const guid = firstOf(fields, ID);
  const guidText = guid?.text.trim();
  const url =
    alternateLink(fields[LINK], site, enclosures) ??
    (guid?.name == 'guid' && guid.attrs.isPermaLink != 'false' ? resolveHttpUrl(guidText) : undefined);
  const content = firstOf(fields, CONTENT);
  const summary = firstOf(fields, SUMMARY, SUMMARY2);
  const enclosed = enclosures.find(({ type, url }) => (type ? IMAGE_TYPE.test(type) : IMAGE_FILE.test(url)));
  const itunes = firstOf(fields, ITUNES);
  const itunesUrl = itunes && resolve(itunes.attrs.href ?? itunes.attrs.url, itunes, site);
  const itemAuthors = authorNames(fields);
  return {
    // a relative Atom id is resolved like a link (an RSS guid is opaque)
    id: (guid?.name == 'id' && !SCHEME.test(guidText!) && resolveHttpUrl(guidText, guid.base)) || guidText || item.attrs.about,
    title: plainText(firstOf(fields, TITLE, TITLE2), context),
    url,
    summary: plainText(summary, context, SUMMARY_LENGTH) || plainText(content, context, SUMMARY_LENGTH),
    image:
      mediaImage(fields[MEDIA], site) ??
      (enclosed ? { url: enclosed.url } : itunesUrl ? { url: itunesUrl } : undefined) ??
      imageIn(content, site) ??
      imageIn(summary, site),
    authors: (itemAuthors.length ? itemAuthors : authors).map(nameText),
    tags: (fields[TAG] ?? []).map(({ attrs, text }) => nameText(attrs.label || attrs.term || attrs.text || text)),
    published: lastText(fields, PUBLISHED),
    updated: lastText(fields, UPDATED),
    enclosures,
  };
}
