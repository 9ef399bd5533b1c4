const HOUR = 36e5;
const DAY = 864e5;

/** Inputs of {@link nextPollDelay}. */
export interface PollDelayInput {
  /** The normal interval between polls, in ms. */
  refreshMs: number;
  /** Failed fetches in a row since the last success. */
  failures?: number;
  /** A Retry-After header value: seconds or an HTTP date. */
  retryAfter?: string | null;
  /** The current time in ms (for a Retry-After date). */
  now?: number;
  /** A random number in [0, 1), for the jitter. */
  random?: number;
}

/**
 * Milliseconds until the next poll: the refresh interval, doubled per failure in a row (up
 * to an hour, or the interval if that is longer), ±10 % jitter so many readers do not poll in
 * step; never sooner than Retry-After, up to 20 % later (readers told the same Retry-After spread
 * out instead of coming back at one moment); never later than a day.
 */
export function nextPollDelay({ refreshMs, failures = 0, retryAfter, now = Date.now(), random = Math.random() }: PollDelayInput): number {
  const backoff = Math.min(refreshMs * 2 ** failures, Math.max(refreshMs, HOUR));
  // seconds, else an HTTP date; unreadable gives NaN, which counts as none
  const retryAfterMs = retryAfter ? +retryAfter * 1e3 || Date.parse(retryAfter) - now : 0;
  const jitter = 0.2 * random;
  return Math.min(Math.max(backoff * (0.9 + jitter), (retryAfterMs || 0) * (1 + jitter)), DAY);
}
