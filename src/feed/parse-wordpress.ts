import { buildItem, htmlImage, SUMMARY_LENGTH, toCount } from './feed-item-build.js';
import { resolveHttpUrl } from './feed-url.js';
import type { Feed } from './model.js';
import { jsonArray, jsonId, jsonString, type Json } from './parse-json-feed.js';
import { htmlToText } from './plain-text.js';

// names come HTML-escaped ('Arts &amp; Culture')
const nameOf = (value: Json) => htmlToText(jsonString(value?.name) ?? '');
const isPost = (post: Json) => typeof post?.link == 'string' || typeof post?.title?.rendered == 'string';

/** True for a WordPress REST posts response: an array with at least one post-like object. */
export const isWordPress = (json: Json): boolean => Array.isArray(json) && json.some(isPost);

/** The feed of a WordPress REST `/wp-json/wp/v2/posts` array, with or without `_embed`. */
export function parseWordPress(posts: Json[], baseUrl?: string): Feed {
  const items = posts.filter(isPost).map((post) => {
    const embedded = post._embedded;
    const media = embedded?.['wp:featuredmedia']?.[0];
    const html = jsonString(post.content?.rendered);
    const url = resolveHttpUrl(post.link, baseUrl);
    const imageUrl = resolveHttpUrl(media?.source_url, baseUrl);
    return buildItem({
      // not the link: a post's permalink changes with its slug, its guid and id do not
      id: jsonString(post.guid?.rendered) || jsonId(post.id) || url,
      title: htmlToText(jsonString(post.title?.rendered) ?? ''),
      url,
      summary: htmlToText(jsonString(post.excerpt?.rendered) || html || '', SUMMARY_LENGTH),
      image: imageUrl
        ? {
            url: imageUrl,
            alt: jsonString(media.alt_text) || undefined,
            width: toCount(media.media_details?.width),
            height: toCount(media.media_details?.height),
          }
        : htmlImage(html, url),
      authors: jsonArray(embedded?.author).map(nameOf),
      // wp:term holds one array per taxonomy (categories, tags)
      tags: jsonArray(embedded?.['wp:term']).flatMap((terms) => jsonArray(terms).map(nameOf)),
      // *_gmt are UTC without a zone; the plain ones are the site's local time
      published: jsonString(post.date_gmt) ?? post.date,
      updated: jsonString(post.modified_gmt) ?? post.modified,
      enclosures: [],
    });
  });
  // the posts endpoint names no site: take it from the first post's link
  const site = items.find((item) => item.url)?.url;
  const origin = site ? new URL(site) : undefined;
  return { format: 'wordpress', title: origin?.host ?? '', url: origin && origin.origin + '/', items };
}
