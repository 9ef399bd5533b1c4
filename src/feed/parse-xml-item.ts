import { enclosure, htmlImage, toCount, type ItemParts } from './feed-item-build.js';
import { ATOM, ATOM03, CONTENT, DC, DCTERMS, ITUNES, MEDIA, RSS090, RSS10, XHTML } from './feed-namespaces.js';
import { resolveHttpUrl } from './feed-url.js';
import type { FeedEnclosure, FeedImage } from './model.js';
import { collapseWhitespace, htmlToText } from './plain-text.js';
import { markupText } from './parse-markup-text.js';
import { childElement, childElements, type XmlElement } from './xml-scanner.js';

/** Namespace URI → prefix of the element keys below; elements of other namespaces are ignored. */
const PREFIXES: Readonly<Record<string, string>> = {
  '': '',
  [RSS10]: '',
  [RSS090]: '',
  [ATOM]: 'a',
  [ATOM03]: 'a',
  [DC]: 'dc',
  [DCTERMS]: 'dc',
  [CONTENT]: 'content',
  [MEDIA]: 'media',
  'http://search.yahoo.com/mrss': 'media',
  [ITUNES]: 'itunes',
  'http://www.itunes.com/DTDs/Podcast-1.0.dtd': 'itunes',
  [XHTML]: 'x',
};

/** The elements of a channel, item or entry, grouped by what they feed, in document order. */
export type XmlFields = Partial<Record<string, XmlElement[]>>;

/** Namespace URI → local name → field: what {@link readFields} looks elements up in. */
export type FieldTable = Map<string, Map<string, string>>;

// field=keys|…, a key being prefix:name (no prefix: RSS core), so RSS, RDF, Atom 1.0 and 0.3 share
// one table; 'group' is read through (channel, media:group), 'entry' collects the items, and a
// field ending in 2 is the fallback of the one without.
const SPEC =
  'title=title a:title|title2=dc:title media:title|link=link a:link|summary=description a:summary|' +
  'summary2=dc:description itunes:summary media:description|content=content:encoded a:content x:body body fullitem|' +
  'id=guid a:id|published=pubDate dc:date a:published a:issued dc:issued|' +
  'updated=lastBuildDate a:updated a:modified dc:modified|author=author a:author dc:creator dc:author itunes:author|' +
  'tag=category a:category dc:subject media:category itunes:category|language=language dc:language|enclosure=enclosure|' +
  'media=media:content media:thumbnail|itunes=itunes:image|entry=item a:entry|group=channel media:group';
const BY_PREFIX = new Map<string, Map<string, string>>();
for (const group of SPEC.split('|')) {
  const [field, keys] = group.split('=');
  for (const key of keys!.split(' ')) {
    const [prefix, name] = key.includes(':') ? key.split(':') : ['', key];
    const names = BY_PREFIX.get(prefix!) ?? new Map<string, string>();
    BY_PREFIX.set(prefix!, names.set(name!, field!).set(name!.toLowerCase(), field!));
  }
}

/** The field table of a document whose root namespace reads as `rootPrefix` (Userland RSS, Atom without xmlns). */
export function fieldTable(rootNs: string, rootPrefix: string): FieldTable {
  const table: FieldTable = new Map();
  for (const ns in PREFIXES) table.set(ns, BY_PREFIX.get(PREFIXES[ns]!)!);
  return table.set(rootNs, BY_PREFIX.get(rootPrefix)!);
}
const ATOM_NAMES = BY_PREFIX.get('a');
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i;

/** One pass over an element's children (and through channel / media:group) into fields. */
export function readFields(element: XmlElement, table: FieldTable, fields: XmlFields = {}): XmlFields {
  for (const child of element.children) {
    const names = table.get(child.ns);
    const field = names && (names.get(child.name) ?? names.get(child.name.toLowerCase()));
    if (field == 'group') readFields(child, table, fields);
    else if (field) (fields[field] ??= []).push(child);
  }
  return fields;
}

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
 * neither text nor XML (or mode="base64"); inline markup gives its text.
 */
export function plainText(element: XmlElement | undefined, table: FieldTable): string {
  if (!element) return '';
  const { type = '', mode } = element.attrs;
  const atom = table.get(element.ns) == ATOM_NAMES;
  const html = mode == 'escaped' || /^(text\/)?html/i.test(type);
  const markup = element.children.length;
  const text = markup
    ? markupText(element)
    : mode == 'base64' || (atom && type.includes('/') && !/^text\/|xml$/.test(type))
      ? base64Text(element.text)
      : element.text;
  // markup inside an Atom html construct still carries escaped HTML (a Typepad habit)
  return (markup ? atom && html : !atom || html) ? htmlToText(text) : collapseWhitespace(text);
}

/** What the whole feed gives every item: the field table, the site URL, inherited Atom authors. */
export interface XmlFeedContext {
  table: FieldTable;
  site?: string;
  authors: string[];
}

/** Resolves an href against the element's xml:base (which includes the document URL), else the site. */
const resolve = (href: string | undefined, element: XmlElement, site?: string) =>
  resolveHttpUrl(href, element.base ?? site);

/** The alternate link (an HTML one first) of link elements; rel="enclosure" ones go to `enclosures`. */
export function alternateLink(links: XmlElement[] = [], site?: string, enclosures?: FeedEnclosure[]): string | undefined {
  let best: string | undefined;
  let fallback: string | undefined;
  for (const link of links) {
    const { rel = 'alternate', type, href = link.text, length } = link.attrs;
    if (rel == 'enclosure') {
      const found = enclosure(href, type, length, link.base ?? site);
      if (found) enclosures?.push(found);
    } else if (rel == 'alternate' && !best) {
      const url = resolve(href, link, site);
      if (!type || /html/.test(type)) best = url;
      else fallback ??= url;
    }
  }
  return best ?? fallback;
}

/** The widest media:thumbnail / image media:content, with its media:description or media:title as alt. */
function mediaImage(media: XmlElement[] = [], site?: string): FeedImage | undefined {
  let image: FeedImage | undefined;
  for (const element of media) {
    // a video's media:content may hold its own thumbnails; the loop reaches them too
    if (element.name == 'content') media.push(...childElements(element, element.ns, 'thumbnail'));
    const { url: href, medium, type, width, height } = element.attrs;
    const url = resolve(href, element, site);
    if (
      url &&
      (element.name == 'thumbnail' || medium == 'image' || /^image\//.test(type!) || (!medium && !type && IMAGE_FILE.test(url))) &&
      (!image || (toCount(width) ?? 0) > (image.width ?? 0))
    ) {
      const alt = childElement(element, element.ns, 'description') ?? childElement(element, element.ns, 'title');
      image = { url, alt: alt && htmlToText(alt.text), width: toCount(width), height: toCount(height) };
    }
  }
  return image;
}

const first = (elements?: XmlElement[]) => elements?.[0];

/** Names of author / dc:creator / itunes:author elements (an Atom author's name child). */
export const authorNames = (fields: XmlFields): string[] =>
  (fields.author ?? []).map((author) => (childElement(author, author.ns, 'name') ?? author).text);

/** The parts of one RSS item, RDF item or Atom entry. */
export function readXmlItem(item: XmlElement, { table, site, authors }: XmlFeedContext): ItemParts {
  const fields = readFields(item, table);
  const enclosures: FeedEnclosure[] = [];
  for (const element of fields.enclosure ?? []) {
    const found = enclosure(element.attrs.url, element.attrs.type, element.attrs.length, element.base ?? site);
    if (found) enclosures.push(found);
  }
  const guid = first(fields.id);
  const guidText = guid?.text.trim();
  const url =
    alternateLink(fields.link, site, enclosures) ??
    (guid?.name == 'guid' && guid.attrs.isPermaLink != 'false' ? resolveHttpUrl(guidText) : undefined);
  const content = first(fields.content);
  const summary = first(fields.summary ?? fields.summary2);
  const enclosed = enclosures.find((found) => /^image\//.test(found.type!) || (!found.type && IMAGE_FILE.test(found.url)));
  const itunes = first(fields.itunes);
  const itunesUrl = itunes && resolve(itunes.attrs.href ?? itunes.attrs.url, itunes, site);
  const itemAuthors = authorNames(fields);
  const imageIn = (html?: XmlElement) => (html && !html.children.length ? htmlImage(html.text, html.base ?? site) : undefined);
  return {
    // a relative Atom id is resolved like a link (an RSS guid is opaque)
    id: (guid?.name == 'id' && !/^[a-z][\w+.-]*:/i.test(guidText!) && resolveHttpUrl(guidText, guid.base)) || guidText || item.attrs.about,
    title: plainText(first(fields.title ?? fields.title2), table),
    url,
    summary: plainText(summary, table) || plainText(content, table),
    image:
      mediaImage(fields.media, site) ??
      (enclosed ? { url: enclosed.url } : itunesUrl ? { url: itunesUrl } : undefined) ??
      imageIn(content) ??
      imageIn(summary),
    authors: itemAuthors.length ? itemAuthors : authors,
    tags: (fields.tag ?? []).map(({ attrs, text }) => attrs.label || attrs.term || attrs.text || text),
    // the last of repeated dates wins, as in feedparser
    published: fields.published?.at(-1)!.text,
    updated: fields.updated?.at(-1)!.text,
    enclosures,
  };
}
