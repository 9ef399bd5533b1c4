/** Options of a test feed: `delay` holds every answer back (ms), `today` moves a file's dates to today in that time zone, `query` adds the route's other parameters (status, retry, ms, …). */
export interface TestFeedOptions {
  delay?: number;
  today?: string;
  query?: Record<string, string>;
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
}

/** A URL of the test server's feed route with a case of its own, answering with `steps` in turn (the last repeats). */
export function testFeedUrl(steps: string, { delay, today, query = {} }: TestFeedOptions = {}): { url: string; id: string } {
  const id = `case-${Math.random().toString(36).slice(2)}`;
  const params = new URLSearchParams({ case: id, steps, ...query });
  if (delay) params.set('delay', String(delay));
  if (today) params.set('today', today);
  return { url: `/feeds-test/feed?${params}`, id };
}

/** What the test server saw for a case: one entry per request. */
export async function serverLog(id: string): Promise<ServerLogEntry[]> {
  return (await fetch(`/feeds-test/log?case=${id}`, { cache: 'no-store' })).json();
}
