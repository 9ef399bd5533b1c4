import { decodeFeedBytes } from './decode-feed-bytes.js';
import { FeedError } from './feed-error.js';
import { keepLastGoodCopy, loadLastGoodCopy, storeLastGoodCopy } from './last-good-copy.js';
import type { Feed } from './model.js';
import { parseFeed } from './parse-feed.js';
import { nextPollDelay } from './poll-delay.js';
import { proxyUrl } from './proxy-url.js';
import { readLimitedBody } from './read-limited-body.js';

/** What a source knows about its feed; every listener gets it now and on each change. */
export interface FeedState {
  /**
   * 'loading': nothing to show yet, the first fetch runs.
   * 'ready': `feed` is what the latest fetch returned; with `error` 'partial' when it was cut off
   * (only its complete items are in it).
   * 'stale': `feed` is a last good copy, shown while it is revalidated (a copy from an earlier
   * source or visit, no `error`) or because the latest fetch failed (`error` says why).
   * 'error': the fetch failed and there is no copy to show.
   */
  status: 'loading' | 'ready' | 'stale' | 'error';
  feed?: Feed;
  error?: FeedError;
  /** When `feed` was fetched (ms since the epoch); a revalidation that finds it unchanged keeps it. */
  fetchedAt?: number;
}

/** Options of {@link getFeedSource}. The first call for a URL sets them while its source lives. */
export interface FeedSourceOptions {
  /** A proxy template such as `https://proxy.example/?url={url}`; default: {@link setDefaultProxy}'s. */
  proxy?: string;
  /** Seconds between polls (default 300). Small values are taken as given: clamp a publisher's input first. */
  refresh?: number;
  /** Seconds a fetch may take, body included, before it fails with 'timeout' (default 15). */
  timeout?: number;
  /** The largest body in bytes before 'too-large' (default 5 MB). */
  maxBytes?: number;
}

/** One feed URL's shared data on this page. */
export interface FeedSource {
  /** The absolute feed URL: the key of the source and of its cached copy. */
  readonly url: string;
  /** The current state. */
  readonly state: FeedState;
  /**
   * Calls `listener` with the current state now and on every change; returns the unsubscribe.
   * While anyone listens and the page is visible, the source fetches and polls. Keep the source
   * object to subscribe again later (an element moved in the DOM keeps its data).
   */
  subscribe(listener: (state: FeedState) => void): () => void;
  /** Fetches now, or joins the fetch in flight; resolves when it is done and never rejects. */
  refresh(): Promise<void>;
}

// Without spaces it stays under 128 bytes, a CORS-safelisted header: no preflight.
const ACCEPT =
  'application/rss+xml,application/atom+xml,application/feed+json,application/json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
// On globalThis, not in this module: two bundles on one page (cdn/ticker.js next to cdn/card.js)
// each carry a copy of this module, and must still share one source per URL.
const sources: Map<string, FeedSource> = ((globalThis as Record<symbol, unknown>)[Symbol.for('strichka.sources')] ??= new Map()) as Map<string, FeedSource>;

/**
 * The one shared source of a feed URL (resolved against the page) on this page. A source
 * leaves the registry when its last subscriber has gone and no fetch is in flight.
 */
export function getFeedSource(url: string, options: FeedSourceOptions = {}): FeedSource {
  try {
    url = new URL(url, globalThis.location?.href).href;
  } catch {
    // Left as written: the fetch will report it as a 'network' error.
  }
  return sources.get(url) ?? createFeedSource(url, options);
}

function createFeedSource(url: string, { proxy, refresh = 0, timeout = 0, maxBytes = 5e6 }: FeedSourceOptions): FeedSource {
  // Not a positive number (NaN from an attribute) means the default.
  const refreshMs = (refresh > 0 ? refresh : 300) * 1e3;
  const timeoutMs = (timeout > 0 ? timeout : 15) * 1e3;
  const listeners = new Set<(state: FeedState) => void>();
  const doc = globalThis.document;
  const copy = loadLastGoodCopy(url);
  let state: FeedState = copy ? { status: 'stale', ...copy } : { status: 'loading' };
  let inFlight: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let failures = 0;
  let lastText: string | undefined;

  const release = () => sources.get(url) == source && sources.delete(url);
  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  // Fetch when due, else wait until then, while someone listens; a hidden page gets its first
  // fetch but no polls.
  const wake = () => {
    const wait = dueAt - Date.now();
    if (listeners.size && (doc?.visibilityState != 'hidden' || !dueAt)) {
      if (wait <= 0) load();
      else
        timer ??= setTimeout(() => {
          timer = undefined;
          wake();
        }, wait);
    }
  };
  const load = () =>
    (inFlight ??= fetchFeed().finally(() => {
      inFlight = undefined;
      stopTimer();
      if (listeners.size) wake();
      else release();
    }));

  /** The Feed of a body, or of the first `maxBytes` of a longer one: 'too-large' when those hold no complete item. */
  function parseCut(text: string, cut: boolean): Feed {
    try {
      const feed = parseFeed(text, { baseUrl: url, maxLength: maxBytes });
      if (!cut || feed.items.length) return feed;
    } catch (error) {
      if (!cut) throw error;
    }
    throw new FeedError('too-large', `Feed over ${maxBytes} bytes`);
  }

  async function fetchFeed(): Promise<void> {
    let retryAfter: string | null = null;
    let next: FeedState;
    // A task of its own: starting a request costs ~10–20 ms at 4× CPU (a page's first one more),
    // which would otherwise add to the subscriber's task (the saved copy's read before it, or the
    // re-render of an element whose language switch named another feed).
    await new Promise((go) => setTimeout(go));
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(proxyUrl(url, proxy), { cache: 'no-cache', signal, headers: { accept: ACCEPT } });
      const { status, headers } = response;
      if (!response.ok) {
        if (status == 429 || status == 503) retryAfter = headers.get('retry-after');
        throw new FeedError('http', `HTTP ${status}`, status);
      }
      const contentType = headers.get('content-type') ?? undefined;
      const body = await readLimitedBody(response, maxBytes);
      const text = decodeFeedBytes(body.bytes, contentType);
      // An unchanged body (a 304 comes back as the cached 200) keeps the Feed: no parse, no notice.
      const feed = (text == lastText && state.feed) || parseCut(text, body.cut);
      const fetchedAt = Date.now();
      lastText = text;
      failures = 0;
      // A cut-off feed shows its complete items, with a warning for the page's developer.
      const warning = feed.partial && new FeedError('partial', `Feed cut off: ${feed.items.length} complete items shown`);
      next = state.status == 'ready' && feed == state.feed ? state : { status: 'ready', feed, fetchedAt, ...(warning && { error: warning }) };
      if (next != state) {
        const copy = { feed, fetchedAt };
        keepLastGoodCopy(url, copy);
        // Stored in a task of its own: serialising the feed and writing storage cost ~20 ms at 4× CPU,
        // which would lengthen the task that read and parsed it.
        setTimeout(() => storeLastGoodCopy(url, copy));
      }
    } catch (caught) {
      failures++;
      const error =
        caught instanceof FeedError
          ? caught
          : // The signal, not the rejection, says why: WebKit rejects with an AbortError on a time-out.
            signal.aborted
            ? new FeedError('timeout', `No answer in ${timeoutMs} ms`)
            : new FeedError('network', String(caught));
      next = state.feed ? { ...state, status: 'stale', error } : { status: 'error', error };
    }
    dueAt = Date.now() + nextPollDelay({ refreshMs, failures, retryAfter });
    if (next != state) {
      state = next;
      listeners.forEach((listener) => listener(next));
    }
  }

  const source: FeedSource = {
    url,
    get state() {
      return state;
    },
    subscribe(listener) {
      if (!listeners.size) {
        if (!sources.has(url)) sources.set(url, source);
        doc?.addEventListener('visibilitychange', wake);
      }
      listeners.add(listener);
      listener(state);
      wake();
      return () => {
        if (listeners.delete(listener) && !listeners.size) {
          stopTimer();
          doc?.removeEventListener('visibilitychange', wake);
          if (!inFlight) release();
        }
      };
    },
    refresh: load,
  };
  sources.set(url, source);
  return source;
}
