/** The format a feed was read from. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json' | 'wordpress';

/** An image of an item: absolute http(s) URL, optional alt text and intrinsic size. */
export interface FeedImage {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** A media file attached to an item (podcast audio, video, image). */
export interface FeedEnclosure {
  url: string;
  type?: string;
  length?: number;
}

/** One article of a feed, normalised from any format. All strings are plain text. */
export interface FeedItem {
  /** guid / id; else url; else a stable hash of title + date. */
  id: string;
  /** Plain text: entities decoded, tags stripped, whitespace collapsed. */
  title: string;
  /** Absolute http(s) only, resolved against xml:base / the feed URL. */
  url?: string;
  /** Plain text, at most ~500 characters, cut at a word. */
  summary?: string;
  image?: FeedImage;
  authors: string[];
  /** ISO 8601 UTC. */
  published?: string;
  /** ISO 8601 UTC. */
  updated?: string;
  /** Categories / keywords: trimmed, de-duplicated, in feed order. */
  tags: string[];
  enclosures: FeedEnclosure[];
}

/** A whole feed, normalised from RSS, RDF, Atom, JSON Feed or WordPress REST. */
export interface Feed {
  format: FeedFormat;
  /** Plain text. */
  title: string;
  /** The site (absolute http/https). */
  url?: string;
  /** BCP 47, e.g. 'uk'. */
  language?: string;
  /** ISO 8601 UTC. */
  updated?: string;
  /** In feed order. */
  items: FeedItem[];
  /**
   * True when the document was cut off (it ended inside an item, or the body was over the size
   * limit): `items` are the items that were complete.
   */
  partial?: true;
}

/** Options of {@link parseFeed}. */
export interface ParseOptions {
  /** The document URL: relative links resolve against it (after any xml:base). */
  baseUrl?: string;
  /**
   * The HTTP Content-Type, where the caller has it. Not used to pick the reader: formats are told
   * apart by content, since servers label feeds text/html, text/plain or octet-stream.
   */
  contentType?: string;
  /** Largest input in characters; more throws FeedError 'too-large'. Default 5 MB. */
  maxLength?: number;
}
