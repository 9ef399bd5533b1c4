import { itemId } from './item-id.js';
import type { FeedEnclosure, FeedImage, FeedItem } from './model.js';
import { parseFeedDate } from './feed-date.js';
import { resolveHttpUrl } from './feed-url.js';
import { firstImageInHtml, truncateAtWord } from './plain-text.js';

/** What a format reader found for one item, before the rules every format shares. */
export interface ItemParts {
  id?: string;
  /** Plain text. */
  title: string;
  /** Absolute http(s). */
  url?: string;
  /** Plain text, not yet cut. */
  summary?: string;
  image?: FeedImage;
  /** Names, possibly with an e-mail address ('a@b.c (Name)'), blanks, repeats and (from JSON) other values. */
  authors: unknown[];
  tags: unknown[];
  /** Dates as written in the feed. */
  published?: string;
  updated?: string;
  enclosures: FeedEnclosure[];
}

// 'Name (a@b.c)', 'a@b.c (Name)' and 'Name <a@b.c>' all become 'Name'; a bare address stays.
const E_MAIL = /[(<]?[^\s()<>]+@[^\s()<>]+[>)]?|[()]/g;

/** Most characters of a summary. */
export const SUMMARY_LENGTH = 500;

/** A non-negative number from a JSON number or a numeric attribute, else undefined. */
export const toCount = (value: unknown): number | undefined =>
  (typeof value == 'number' || (typeof value == 'string' && value.trim())) && +value! >= 0 ? +value! : undefined;

/** The first `<img>` of an HTML string as an image, its src resolved (http(s) only). */
export function htmlImage(html: string | undefined, base?: string): FeedImage | undefined {
  const img = html ? firstImageInHtml(html) : undefined;
  const url = img && resolveHttpUrl(img.src, base);
  return url ? { url, alt: img.alt } : undefined;
}

/** An enclosure when its URL resolves to http(s). */
export function enclosure(href: unknown, type: unknown, length: unknown, base?: string): FeedEnclosure | undefined {
  // resolveHttpUrl drops a value that is not a string
  const url = resolveHttpUrl(href as string, base);
  return url ? { url, type: typeof type == 'string' && type ? type : undefined, length: toCount(length) } : undefined;
}

/** The trimmed, non-empty, distinct strings in order; an author keeps only the name beside an e-mail address. */
function distinct(values: unknown[], authors?: boolean): string[] {
  const out: string[] = [];
  for (const value of values) {
    let text = typeof value == 'string' ? value.trim() : '';
    if (authors) text = text.replace(E_MAIL, '').trim() || text;
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** The normalised item: summary cut, title from the text when missing, dates in UTC, lists cleaned, an id always. */
export function buildItem(parts: ItemParts): FeedItem {
  const summary = parts.summary && truncateAtWord(parts.summary, SUMMARY_LENGTH);
  const title = parts.title || (summary ? truncateAtWord(summary, 100) : '');
  const published = parseFeedDate(parts.published);
  // Atom and WordPress often write the same date twice
  const updated = parts.updated == parts.published ? published : parseFeedDate(parts.updated);
  return {
    id: parts.id || parts.url || itemId(title, published ?? updated),
    title,
    url: parts.url,
    summary: summary || undefined,
    image: parts.image,
    authors: distinct(parts.authors, true),
    published,
    // an unchanged item is not "updated": WordPress and Atom always write both dates
    updated: updated != published ? updated : undefined,
    tags: distinct(parts.tags),
    enclosures: parts.enclosures,
  };
}
