/** Headers a page script may read from an answer: the validators, and when to try again. */
const EXPOSED = 'ETag, Last-Modified, Retry-After';

/**
 * The CORS headers of an answer to `request`: Access-Control-Allow-Origin when its Origin is one of
 * `origins` (or they say '*'), with the headers a page script may read. An unlisted page gets none, so
 * its browser withholds the answer.
 */
export function corsHeaders(request: Request, origins: string[]): Record<string, string> {
  if (origins.includes('*')) return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED };
  const origin = request.headers.get('origin');
  // the answer depends on Origin, so a cache in front keeps one copy per origin
  const vary = { Vary: 'Origin' };
  return origin && origins.includes(origin)
    ? { ...vary, 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED }
    : vary;
}

/** Extra headers of a preflight answer: the methods and the request headers a page may send (a day's worth). */
export const PREFLIGHT_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Cache-Control, If-None-Match, If-Modified-Since',
  'Access-Control-Max-Age': '86400',
};
