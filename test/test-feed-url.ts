/**
 * Options of a test feed: `delay` holds every answer back (ms), `hold` holds every answer until the
 * test calls `release()` (the server lets go by itself after 10 s), `today` moves a file's dates to
 * today in that time zone, `query` adds the route's other parameters (status, retry, ms, …).
 */
export interface TestFeedOptions {
  delay?: number;
  hold?: boolean;
  today?: string;
  query?: Record<string, string>;
}

/** A test feed: its URL and the id of its case on the test server. */
export interface TestFeed {
  url: string;
  id: string;
}

/** A test feed whose answers wait until `release()` (resolves once the server has let them go). */
export interface HeldTestFeed extends TestFeed {
  release(): Promise<void>;
}

/** What the test server saw and answered for one request of a case. */
export interface ServerLogEntry {
  method: string;
  step: string;
  status: number;
  ifNoneMatch: string | null;
  url: string | null;
  aborted?: boolean;
  sent?: number;
  /** For a held feed: still 'waiting', or how the wait ended. */
  hold?: 'waiting' | 'released' | 'expired' | 'aborted';
}

/** A URL of the test server's feed route with a case of its own, answering with `steps` in turn (the last repeats). */
export function testFeedUrl(steps: string, options: TestFeedOptions & { hold: true }): HeldTestFeed;
export function testFeedUrl(steps: string, options?: TestFeedOptions): TestFeed;
export function testFeedUrl(steps: string, { delay, hold, today, query = {} }: TestFeedOptions = {}): TestFeed | HeldTestFeed {
  const id = `case-${Math.random().toString(36).slice(2)}`;
  const params = new URLSearchParams({ case: id, steps, ...query });
  if (delay) params.set('delay', String(delay));
  if (today) params.set('today', today);
  const url = `/feeds-test/feed?${params}`;
  if (!hold) return { url, id };
  // The case id is unique, so it serves as the hold's key too.
  return { url: `${url}&hold=${id}`, id, release: () => releaseHold(id) };
}

async function releaseHold(key: string): Promise<void> {
  const response = await fetch(`/feeds-test/release?key=${key}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`the test server did not release ${key}: HTTP ${response.status}`);
}

/** What the test server saw for a case: one entry per request. */
export async function serverLog(id: string): Promise<ServerLogEntry[]> {
  return (await fetch(`/feeds-test/log?case=${id}`, { cache: 'no-store' })).json();
}
