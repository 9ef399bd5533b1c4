/** Why a feed could not be read or fetched. */
export type FeedErrorCode =
  | 'not-a-feed'
  | 'malformed'
  | 'too-large'
  | 'http'
  | 'timeout'
  | 'network'
  // A warning with a feed to show: the document was cut off, only its complete items are shown.
  | 'partial'
  // An element's `feed` names no `<strichka-feed>` with a `src` on the page.
  | 'no-source';

/** The only error the feed layer throws or reports: a code a program can branch on. */
export class FeedError extends Error {
  /** Machine-readable reason. */
  readonly code: FeedErrorCode;
  /** HTTP status, for code 'http'. */
  readonly status?: number;

  constructor(code: FeedErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'FeedError';
    this.code = code;
    if (status !== undefined) this.status = status;
  }
}
