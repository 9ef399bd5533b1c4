/** A URL of the test server's feed route with a case of its own, answering with `steps` in turn (the last repeats). */
export function testFeedUrl(steps: string, { delay, today }: { delay?: number; today?: string } = {}): { url: string; id: string } {
  const id = `case-${Math.random().toString(36).slice(2)}`;
  const query = new URLSearchParams({ case: id, steps });
  if (delay) query.set('delay', String(delay));
  if (today) query.set('today', today);
  return { url: `/feeds-test/feed?${query}`, id };
}

/** What the test server saw for a case: one entry per request. */
export async function serverLog(id: string): Promise<unknown[]> {
  return (await fetch(`/feeds-test/log?case=${id}`)).json();
}
