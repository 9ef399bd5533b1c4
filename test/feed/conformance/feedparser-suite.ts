import { decodeFeedBytes } from '../../../src/feed/decode-feed-bytes.js';
import type { ParseOptions } from '../../../src/feed/model.js';
import type { CaseResult } from './case-result.js';
import { fetchCorpusFiles, listCorpusFiles } from './corpus-files.js';
import { readExpectHeader, type ExpectHeader } from './expect-header.js';
import { runFieldCheck } from './feedparser-check.js';
import { translateExpectation } from './feedparser-expectation.js';
import { describeOutcome, parseOutcome, type CorpusInput } from './parse-outcome.js';
import { sourceScriptLines } from './safety-properties.js';
import { rootElementName } from './source-element.js';

/** A feedparser test file, decoded and parsed the way a browser client would receive it. */
export interface FeedparserInput extends CorpusInput {
  header?: ExpectHeader;
  utf32: boolean;
  scriptLines: string[];
}

// The upstream runner serves files whose path contains "http" from this origin, with the
// file's Header: lines as response headers; that URL is their document URL.
const UPSTREAM_ORIGIN = 'http://127.0.0.1:8097/';

function isUtf32(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (a === 0 && b === 0 && (c === 0xfe || d === 0x3c)) || (c === 0 && d === 0 && (b === 0xfe || a === 0x3c));
}

/** The header of a file, read as UTF-16 too when the default decoding hides it (no BOM). */
function findHeader(bytes: Uint8Array): ExpectHeader | undefined {
  const odd = bytes[0] === 0 ? 'utf-16be' : 'utf-16le';
  return readExpectHeader(decodeFeedBytes(bytes)) ?? (bytes.includes(0) ? readExpectHeader(new TextDecoder(odd).decode(bytes)) : undefined);
}

/** parseFeed options for a file: the document URL (after a safe Content-Location) and Content-Type. */
function parseOptions(path: string, headers: Record<string, string>): ParseOptions {
  if (!path.includes('http')) return {};
  const documentUrl = UPSTREAM_ORIGIN + path;
  let baseUrl = documentUrl;
  const location = headers['content-location'];
  if (location) {
    const resolved = new URL(location, documentUrl);
    // A client never adopts a javascript:/data: base; it keeps the document URL.
    if (/^https?:$/.test(resolved.protocol)) baseUrl = resolved.href;
  }
  return headers['content-type'] ? { baseUrl, contentType: headers['content-type'] } : { baseUrl };
}

function readFeedparserFile(path: string, bytes: Uint8Array): FeedparserInput {
  const utf32 = isUtf32(bytes);
  const header = utf32 ? undefined : findHeader(bytes);
  const headers = path.includes('http') ? (header?.headers ?? {}) : {};
  const options = parseOptions(path, headers);
  const text = decodeFeedBytes(bytes, options.contentType);
  return { suite: 'feedparser', path: `feedparser/${path}`, text, options, outcome: parseOutcome(text, options), header, utf32, scriptLines: sourceScriptLines(text) };
}

/** Fetches, decodes and parses every file of feedparser/tests. */
export async function loadFeedparserInputs(): Promise<FeedparserInput[]> {
  const paths = (await listCorpusFiles('feedparser')).filter((path) => path.startsWith('tests/'));
  const files = await fetchCorpusFiles(paths.map((path) => `feedparser/${path}`));
  return paths.map((path, index) => readFeedparserFile(path, files[index]));
}

/** The verdict on one feedparser file: its `Expect:` line translated and checked against the model. */
export function feedparserCase(input: FeedparserInput): CaseResult {
  const file = input.path.slice('feedparser/tests/'.length);
  const base = { suite: 'feedparser', group: file.slice(0, file.lastIndexOf('/')), name: file };
  if (input.utf32) return { ...base, status: 'na', reason: 'UTF-32 (the WHATWG Encoding Standard has no UTF-32 decoder)' };
  if (!input.header) return { ...base, status: 'na', reason: 'no Expect header found' };
  const translation = translateExpectation(input.header.expect);
  if ('notApplicable' in translation) return { ...base, status: 'na', reason: translation.notApplicable };
  if (rootElementName(input.text) === 'channel') return { ...base, status: 'na', reason: 'CDF (Channel Definition Format) is not among the formats of DESIGN.md' };
  if (!('feed' in input.outcome)) return { ...base, status: 'fail', failures: [`parseFeed: ${describeOutcome(input.outcome)}`] };
  const feed = input.outcome.feed;
  const failures: string[] = [];
  for (const check of translation.checks) {
    let outcome;
    try {
      outcome = runFieldCheck(check, feed, { source: input.text, headers: input.header.headers, scriptLines: input.scriptLines });
    } catch (error) {
      outcome = { pass: false, expected: String(check.expected), actual: `harness error: ${(error as Error).message}` };
    }
    if ('notApplicable' in outcome) return { ...base, status: 'na', reason: outcome.notApplicable };
    if (!outcome.pass) failures.push(`${check.path}: expected ${outcome.expected}, got ${outcome.actual}`);
  }
  return failures.length ? { ...base, status: 'fail', failures } : { ...base, status: 'pass' };
}
