import { FeedError } from '../../../src/feed/feed-error.js';
import type { Feed, ParseOptions } from '../../../src/feed/model.js';
import { parseFeed } from '../../../src/feed/parse-feed.js';

/** What parseFeed did with one input: a feed, a FeedError, or any other exception (always a bug). */
export type ParseOutcome = { feed: Feed } | { feedError: FeedError } | { crash: unknown };

/** One corpus document as parsed for the conformance run. */
export interface CorpusInput {
  suite: string;
  /** Corpus path, relative to the corpus root. */
  path: string;
  text: string;
  options: ParseOptions;
  outcome: ParseOutcome;
}

/** Runs parseFeed, capturing whatever it returns or throws. */
export function parseOutcome(text: string, options: ParseOptions): ParseOutcome {
  try {
    return { feed: parseFeed(text, options) };
  } catch (error) {
    return error instanceof FeedError ? { feedError: error } : { crash: error };
  }
}

/** A short description of an outcome that is not a feed, for failure reports. */
export function describeOutcome(outcome: ParseOutcome): string {
  if ('feed' in outcome) return `a feed with ${outcome.feed.items.length} items`;
  if ('feedError' in outcome) return `FeedError ${outcome.feedError.code}: ${outcome.feedError.message}`;
  const error = outcome.crash as Error;
  return `${error?.name ?? typeof error}: ${error?.message ?? String(error)}`;
}
