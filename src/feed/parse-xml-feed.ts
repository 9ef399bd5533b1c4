import { FeedError } from './feed-error.js';
import { buildItem } from './feed-item-build.js';
import { parseFeedDate } from './feed-date.js';
import type { Feed, FeedFormat } from './model.js';
import {
  alternateLink,
  ENTRY,
  feedAuthors,
  firstOf,
  LANGUAGE,
  lastText,
  LINK,
  plainText,
  PUBLISHED,
  readFields,
  readXmlItem,
  TITLE,
  TITLE2,
  UPDATED,
  type XmlFeedContext,
} from './parse-xml-item.js';
import type { XmlElement } from './xml-scanner.js';

/** The feed of a scanned RSS 0.9x/2.0, RSS 1.0/0.9 (RDF) or Atom 1.0/0.3 document; only complete items are kept (a cut-off document's feed is `partial`). */
export function parseXmlFeed(root: XmlElement): Feed {
  const name = root.name.toLowerCase();
  if (!/^(rss|rdf|feed)$/.test(name)) throw new FeedError('not-a-feed', 'Not a feed');
  const format = (name == 'feed' ? 'atom' : name) as FeedFormat;
  // the format's namespace is whatever URI the root (RDF: the channel) uses: Userland RSS, Atom
  // without xmlns, Netscape's RSS 0.9 variants
  const context: XmlFeedContext = {
    rootNs: format == 'rdf' ? (root.children.find((child) => child.name == 'channel') ?? root).ns : root.ns,
    rootPrefix: format == 'atom' ? 'atom' : '',
    authors: [],
    fieldsByNs: new Map(),
  };
  const fields = readFields(root, context);
  const site = (context.site = alternateLink(fields[LINK]));
  // items without an author inherit the feed's
  context.authors = feedAuthors(fields);
  const title = plainText(firstOf(fields, TITLE, TITLE2), context);
  const items = (fields[ENTRY] ?? []).filter((entry) => entry.complete).map((entry) => buildItem(readXmlItem(entry, context)));
  // a well-formed feed may be empty; a cut-off one that gave nothing is unreadable
  if (!title && !items.length && !site && !root.complete) throw new FeedError('malformed', 'Unreadable feed');
  return {
    format,
    title,
    url: site,
    language: (firstOf(fields, LANGUAGE)?.text.trim() || root.lang)?.replace(/_/g, '-') || undefined,
    updated: parseFeedDate(lastText(fields, UPDATED) ?? lastText(fields, PUBLISHED)),
    items,
    ...(!root.complete && { partial: true }),
  };
}
