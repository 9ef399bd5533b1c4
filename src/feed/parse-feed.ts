import { FeedError } from './feed-error.js';
import type { Feed, ParseOptions } from './model.js';
import { isJsonFeed, parseJsonFeed } from './parse-json-feed.js';
import { isWordPress, parseWordPress } from './parse-wordpress.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import { readFeedModel } from './read-feed-model.js';
import { scanXml } from './xml-scanner.js';

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0/0.3, JSON Feed 1.x, WordPress REST posts or a Strichka
 * proxy's `format=json` answer into a normalised {@link Feed}, telling them apart by content (not by the
 * Content-Type). Throws only
 * FeedError: 'too-large', 'not-a-feed' (empty, HTML, other JSON or XML) or 'malformed'.
 */
export function parseFeed(text: string, options: ParseOptions = {}): Feed {
  try {
    if (text.length > (options.maxLength ?? 5 << 20)) throw new FeedError('too-large', 'Feed too large');
    const body = text.trimStart(); // also drops a byte order mark
    const json = /^[[{]/.test(body) && JSON.parse(body);
    if (json) {
      // a Strichka proxy's format=json answer: the model itself, checked again
      if (json.strichka === 1) return readFeedModel(json);
      if (isJsonFeed(json)) return parseJsonFeed(json, options.baseUrl);
      if (isWordPress(json)) return parseWordPress(json, options.baseUrl);
    } else if (body[0] == '<') {
      // an HTML page (an error page, a site's home) fails on its root element
      const root = scanXml(body, options.baseUrl);
      if (!root) throw new FeedError('malformed', 'Unreadable feed');
      return parseXmlFeed(root);
    }
    throw new FeedError('not-a-feed', 'Not a feed');
  } catch (error) {
    // the readers guard every access; this keeps even an unforeseen failure (deep nesting) a FeedError
    throw error instanceof FeedError ? error : new FeedError('malformed', String(error));
  }
}
