import { decodeFeedBytes } from '../../../src/feed/decode-feed-bytes.js';
import type { CaseResult } from './case-result.js';
import { fetchCorpusFiles, listCorpusFiles } from './corpus-files.js';
import { describeOutcome, parseOutcome, type CorpusInput } from './parse-outcome.js';

// A client always knows the URL it fetched; upstream's *-miss-base-url inputs rely on it for relative links.
const DOCUMENT_ORIGIN = 'https://feeds.example.com/';

/** Fetches and parses every feed-extractor smoke input (RSS, RDF, Atom, JSON Feed), each with a document URL. */
export async function loadFeedExtractorInputs(): Promise<CorpusInput[]> {
  const paths = (await listCorpusFiles('feed-extractor')).filter((path) => path.startsWith('tests/test-data/'));
  const files = await fetchCorpusFiles(paths.map((path) => `feed-extractor/${path}`));
  return paths.map((path, index) => {
    const text = decodeFeedBytes(files[index]);
    const options = { baseUrl: DOCUMENT_ORIGIN + path.slice('tests/test-data/'.length) };
    return { suite: 'feed-extractor', path: `feed-extractor/${path}`, text, options, outcome: parseOutcome(text, options) };
  });
}

/**
 * Upstream keeps its assertions in code, so the case is a smoke test: a feed with an item that
 * has a title and an http(s) address: its url, or for a podcast episode without a link its enclosure.
 */
export function feedExtractorCase(input: CorpusInput): CaseResult {
  const base = { suite: 'feed-extractor', group: 'feed-extractor', name: input.path.slice('feed-extractor/tests/test-data/'.length) };
  const { outcome } = input;
  if (!('feed' in outcome)) return { ...base, status: 'fail', failures: [`parseFeed: ${describeOutcome(outcome)}`] };
  const isHttp = (url: string | undefined) => /^https?:\/\//.test(url ?? '');
  const usable = outcome.feed.items.some((item) => item.title.trim() !== '' && (isHttp(item.url) || isHttp(item.enclosures[0]?.url)));
  return usable ? { ...base, status: 'pass' } : { ...base, status: 'fail', failures: [`no item with a title and an http(s) url among ${outcome.feed.items.length}`] };
}
