import { buildItem, enclosure, htmlImage, SUMMARY_LENGTH, type ItemParts } from './feed-item-build.js';
import { resolveHttpUrl } from './feed-url.js';
import type { Feed, FeedEnclosure } from './model.js';
import { collapseWhitespace, htmlToText, nameText } from './plain-text.js';

// Parsed JSON is untrusted: any value may be a string, number, null, array or object, so every
// leaf is type-checked before use (an object there could even carry its own "toString").
export type Json = any;

/** The value if it is a string, else undefined. */
export const jsonString = (value: Json): string | undefined => (typeof value == 'string' ? value : undefined);

/** The value if it is an array, else an empty one. */
export const jsonArray = (value: Json): Json[] => (Array.isArray(value) ? value : []);

/** A string or numeric JSON id as text. */
export const jsonId = (value: Json): string | undefined =>
  typeof value == 'number' ? String(value) : jsonString(value)?.trim();

/** True for a JSON Feed 1.x document (a version URL and an items array). */
export const isJsonFeed = (json: Json): boolean =>
  /^https?:\/\/jsonfeed\.org\/version\//.test(jsonString(json?.version) ?? '') && Array.isArray(json.items);

// JSON Feed 1.1 `authors`, 1.0 `author`
const authorsOf = (value: Json) => [...jsonArray(value?.authors), value?.author].map((author) => nameText(jsonString(author?.name)));

/** The feed of a JSON Feed 1.0 / 1.1 document (checked with {@link isJsonFeed}). */
export function parseJsonFeed(json: Json, baseUrl?: string): Feed {
  const resolve = (href: Json) => resolveHttpUrl(href, baseUrl);
  const text = (value: Json) => collapseWhitespace(jsonString(value) ?? '');
  const feedAuthors = authorsOf(json);
  const items = json.items
    .filter((item: Json) => item && typeof item == 'object')
    .map((item: Json) => {
      const html = jsonString(item.content_html);
      const authors = authorsOf(item);
      const image = resolve(item.image) ?? resolve(item.banner_image);
      const parts: ItemParts = {
        id: jsonId(item.id),
        title: text(item.title),
        url: resolve(item.url) ?? resolve(item.external_url),
        summary: text(item.summary) || text(item.content_text) || (html && htmlToText(html, SUMMARY_LENGTH)),
        image: image ? { url: image } : htmlImage(html, baseUrl),
        authors: authors.some(Boolean) ? authors : feedAuthors,
        tags: jsonArray(item.tags).map(nameText),
        published: item.date_published,
        updated: item.date_modified,
        enclosures: jsonArray(item.attachments)
          .map((file) => enclosure(file?.url, file?.mime_type, file?.size_in_bytes, baseUrl))
          .filter(Boolean) as FeedEnclosure[],
      };
      return buildItem(parts);
    });
  return {
    format: 'json',
    title: text(json.title),
    url: resolve(json.home_page_url),
    language: jsonString(json.language)?.trim().replace(/_/g, '-') || undefined,
    items,
  };
}
