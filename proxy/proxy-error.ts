/** Why the proxy could not answer with a feed: the HTTP status it answers with and a code a program can branch on. */
export class ProxyError extends Error {
  /** HTTP status of the answer. */
  readonly status: number;
  /** 'bad-url', 'bad-format', 'not-allowed', 'too-large', 'timeout', 'network', 'redirects', 'http' (the feed's server failed), or a FeedError code. */
  readonly code: string;
  /** The feed server's Retry-After, passed on with a 429 or 503. */
  readonly retryAfter?: string;

  constructor(status: number, code: string, message: string, retryAfter?: string) {
    super(message);
    this.name = 'ProxyError';
    this.status = status;
    this.code = code;
    if (retryAfter) this.retryAfter = retryAfter;
  }
}
