import { parseFeedDate } from './feed-date.js';
import { buildItem, enclosure, toCount } from './feed-item-build.js';
import { resolveHttpUrl } from './feed-url.js';
import type { Feed, FeedEnclosure, FeedFormat } from './model.js';
import { jsonArray, jsonString, type Json } from './parse-json-feed.js';

/**
 * The Feed of a Strichka proxy's `format=json` answer (a Feed with a top-level `"strichka": 1`). A proxy is
 * trusted no more than a feed: every field is checked again (strings only, http(s) URLs only, dates and
 * lists normalised by the rules every format shares).
 */
export function readFeedModel(json: Json): Feed {
  const items = jsonArray(json.items).map((item) => {
    const image = item?.image;
    const url = resolveHttpUrl(image?.url);
    return buildItem({
      id: jsonString(item?.id),
      title: jsonString(item?.title) ?? '',
      url: resolveHttpUrl(item?.url),
      summary: jsonString(item?.summary),
      image: url ? { url, alt: jsonString(image.alt), width: toCount(image.width), height: toCount(image.height) } : undefined,
      authors: jsonArray(item?.authors),
      tags: jsonArray(item?.tags),
      published: jsonString(item?.published),
      updated: jsonString(item?.updated),
      enclosures: jsonArray(item?.enclosures)
        .map((file) => enclosure(file?.url, file?.type, file?.length))
        .filter(Boolean) as FeedEnclosure[],
    });
  });
  return {
    format: (/^(rss|rdf|atom|json|wordpress)$/.exec(jsonString(json.format) ?? '')?.[0] ?? 'json') as FeedFormat,
    title: jsonString(json.title) ?? '',
    url: resolveHttpUrl(json.url),
    language: jsonString(json.language),
    updated: parseFeedDate(jsonString(json.updated)),
    items,
    ...(json.partial === true && { partial: true }),
  };
}
