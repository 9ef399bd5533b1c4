import { decodeFeedBytes } from '../../../src/feed/decode-feed-bytes.js';
import type { Feed } from '../../../src/feed/model.js';
import type { CaseResult } from './case-result.js';
import { fetchCorpusFiles, listCorpusFiles } from './corpus-files.js';
import { goldenCase, goldenText, includesAll, linkOutcome, type GoldenCheck } from './golden-case.js';
import { describeOutcome, parseOutcome, type CorpusInput } from './parse-outcome.js';
import { htmlToPlainText } from './plain-text.js';
import { compareValue } from './value-compare.js';

/** An rss-parser input with its golden result (`{ feed }`), when upstream has one. */
export interface RssParserInput extends CorpusInput {
  golden?: RssParserFeed;
}

interface RssParserItem {
  [key: string]: unknown;
  title?: unknown;
  link?: unknown;
  isoDate?: string;
  guid?: unknown;
  id?: unknown;
  categories?: unknown[];
  enclosure?: { url?: string };
}

interface RssParserFeed {
  title?: unknown;
  link?: unknown;
  items: RssParserItem[];
}

// xml2js-options.json was written with `emptyTag: 'EMPTY'`: that value stands for an empty element.
const OPTION_PLACEHOLDER = 'EMPTY';

/** JSON text of a golden file: UTF-8, except encoding.json which is ISO-8859-1 like its input. */
function decodeGolden(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Fetches and parses every rss-parser input, with its golden output. */
export async function loadRssParserInputs(): Promise<RssParserInput[]> {
  const paths = await listCorpusFiles('rss-parser');
  const inputs = paths.filter((path) => path.startsWith('test/input/'));
  const goldens = new Set(paths.filter((path) => path.startsWith('test/output/')));
  const goldenOf = (input: string) => `test/output/${input.slice('test/input/'.length).replace(/\.\w+$/, '')}.json`;
  const wanted = [...inputs, ...inputs.map(goldenOf).filter((path) => goldens.has(path))];
  const files = await fetchCorpusFiles(wanted.map((path) => `rss-parser/${path}`));
  const bytesOf = new Map(wanted.map((path, index) => [path, files[index]]));
  return inputs.map((path) => {
    const text = decodeFeedBytes(bytesOf.get(path)!);
    const golden = bytesOf.get(goldenOf(path));
    return {
      suite: 'rss-parser',
      path: `rss-parser/${path}`,
      text,
      options: {},
      outcome: parseOutcome(text, {}),
      golden: golden && (JSON.parse(decodeGolden(golden)) as { feed: RssParserFeed }).feed,
    };
  });
}

const present = (value: unknown): value is string => typeof value === 'string' && value !== OPTION_PLACEHOLDER && value.trim() !== '';

/** Per item, the golden value (when present) against ours. */
function itemChecks(golden: RssParserFeed, check: (item: RssParserItem, index: number) => GoldenCheck['outcome'] | undefined): GoldenCheck[] {
  return golden.items.flatMap((item, index) => {
    const outcome = check(item, index);
    return outcome ? [{ where: `items[${index}]`, outcome }] : [];
  });
}

function goldenCases(name: string, golden: RssParserFeed, feed: Feed, hasXmlBase: boolean): CaseResult[] {
  const title = goldenText(golden.title);
  const link = goldenText(golden.link);
  const item = (index: number) => feed.items[index];
  const cases: [string, GoldenCheck[]][] = [
    ['feed title', present(title) ? [{ where: 'feed.title', outcome: compareValue('text', htmlToPlainText(title), feed.title) }] : []],
    ['feed link', present(link) ? [{ where: 'feed.url', outcome: linkOutcome(link, feed.url, undefined) }] : []],
    ['item count', [{ where: 'items.length', outcome: compareValue('number', golden.items.length, feed.items.length) }]],
    ['item titles', itemChecks(golden, (g, i) => {
      const text = goldenText(g.title);
      return present(text) ? compareValue('text', htmlToPlainText(text), item(i)?.title) : undefined;
    })],
    ['item links', itemChecks(golden, (g, i) => {
      const text = goldenText(g.link);
      if (!present(text)) return undefined;
      // rss-parser keeps a relative link as written; resolving it needs the xml:base in scope, which these goldens do not record.
      const relativeUnderBase = !/^\s*https?:\/\//i.test(text) && hasXmlBase;
      return relativeUnderBase ? { notApplicable: 'relative link under an xml:base in the golden file' } : linkOutcome(text, item(i)?.url, undefined, link);
    })],
    ['item dates', itemChecks(golden, (g, i) => (present(g.isoDate) ? compareValue('instant', g.isoDate, item(i)?.published ?? item(i)?.updated) : undefined))],
    ['item ids', itemChecks(golden, (g, i) => {
      const id = goldenText(g.guid) ?? goldenText(g.id);
      return present(id) ? compareValue('id', id, item(i)?.id) : undefined;
    })],
    ['item categories', itemChecks(golden, (g, i) => {
      const names = (g.categories ?? []).map(goldenText).filter(present);
      return names.length ? includesAll(names, item(i)?.tags) : undefined;
    })],
    ['item enclosures', itemChecks(golden, (g, i) => (present(g.enclosure?.url) ? compareValue('url', g.enclosure!.url!, item(i)?.enclosures[0]?.url) : undefined))],
  ];
  // A field the golden file never has is no case at all.
  return cases.filter(([, checks]) => checks.length > 0).map(([field, checks]) => goldenCase('rss-parser', `${name}: ${field}`, checks));
}

/** The cases of one rss-parser input: its golden fields, or the assertion upstream makes without a golden file. */
export function rssParserCases(input: RssParserInput): CaseResult[] {
  const name = input.path.slice('rss-parser/test/input/'.length);
  const base = { suite: 'rss-parser', group: 'rss-parser' };
  const outcome = input.outcome;
  if (name === 'unrecognized.rss') {
    const pass = 'feedError' in outcome && outcome.feedError.code === 'not-a-feed';
    return [{ ...base, name: `${name}: FeedError not-a-feed`, status: pass ? 'pass' : 'fail', failures: pass ? undefined : [`expected FeedError not-a-feed, got ${describeOutcome(outcome)}`] }];
  }
  if (!('feed' in outcome)) {
    // Every golden field then fails too, so an unreadable file weighs as much as a misread one.
    const parses: CaseResult = { ...base, name: `${name}: parses`, status: 'fail', failures: [`parseFeed: ${describeOutcome(outcome)}`] };
    return [parses, ...(input.golden ? goldenCases(name, input.golden, { format: 'rss', title: '', items: [] }, false) : [])];
  }
  if (!input.golden) {
    const pass = outcome.feed.items.length > 0;
    return [{ ...base, name: `${name}: parses with items`, status: pass ? 'pass' : 'fail', failures: pass ? undefined : ['no items'] }];
  }
  return goldenCases(name, input.golden, outcome.feed, input.text.includes('xml:base'));
}
