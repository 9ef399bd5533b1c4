import { FeedError } from './feed-error.js';
import { buildItem } from './feed-item-build.js';
import { parseFeedDate } from './feed-date.js';
import type { Feed, FeedFormat } from './model.js';
import { alternateLink, authorNames, fieldTable, plainText, readFields, readXmlItem } from './parse-xml-item.js';
import type { XmlElement } from './xml-scanner.js';

/** The feed of a scanned RSS 0.9x/2.0, RSS 1.0/0.9 (RDF) or Atom 1.0/0.3 document; only complete items are kept. */
export function parseXmlFeed(root: XmlElement): Feed {
  const name = root.name.toLowerCase();
  if (!/^(rss|rdf|feed)$/.test(name)) throw new FeedError('not-a-feed', 'Not a feed');
  const format = (name == 'feed' ? 'atom' : name) as FeedFormat;
  // the format's namespace is whatever URI the root (RDF: the channel) uses: Userland RSS, Atom
  // without xmlns, Netscape's RSS 0.9 variants
  const ns = format == 'rdf' ? (root.children.find((child) => child.name == 'channel') ?? root).ns : root.ns;
  const table = fieldTable(ns, format == 'atom' ? 'a' : '');
  const fields = readFields(root, table);
  const site = alternateLink(fields.link);
  // Atom entries without an author inherit the feed's
  const context = { table, site, authors: format == 'atom' ? authorNames(fields) : [] };
  const title = plainText((fields.title ?? fields.title2)?.[0], table);
  const items = (fields.entry ?? []).filter((entry) => entry.complete).map((entry) => buildItem(readXmlItem(entry, context)));
  // a well-formed feed may be empty; a cut-off one that gave nothing is unreadable
  if (!title && !items.length && !site && !root.complete) throw new FeedError('malformed', 'Unreadable feed');
  return {
    format,
    title,
    url: site,
    language: (fields.language?.[0]?.text.trim() || root.lang)?.replace(/_/g, '-') || undefined,
    updated: parseFeedDate((fields.updated ?? fields.published)?.at(-1)!.text),
    items,
  };
}
