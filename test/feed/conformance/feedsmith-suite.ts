import { decodeFeedBytes } from '../../../src/feed/decode-feed-bytes.js';
import type { Feed, FeedItem } from '../../../src/feed/model.js';
import type { CaseResult } from './case-result.js';
import { fetchCorpusFiles, listCorpusFiles } from './corpus-files.js';
import { goldenCase, includesAll, linkOutcome, type GoldenCheck } from './golden-case.js';
import { describeOutcome, parseOutcome, type CorpusInput } from './parse-outcome.js';
import { collapseWhitespace, htmlToPlainText } from './plain-text.js';
import { documentScope, findElements, itemScope, rootElementName } from './source-element.js';
import { compareValue, showValue, type CheckOutcome } from './value-compare.js';

interface FeedsmithLink {
  href?: string;
  rel?: string;
}

interface FeedsmithCategory {
  name?: string;
  term?: string;
  label?: string;
}

/** The fields of feedsmith's structure-preserving result that our model has counterparts for. */
interface FeedsmithEntry {
  title?: string;
  link?: string;
  links?: FeedsmithLink[];
  id?: string;
  guid?: { value?: string };
  pubDate?: string;
  published?: string;
  updated?: string;
  authors?: (string | { name?: string })[];
  categories?: FeedsmithCategory[];
  enclosures?: { url?: string }[];
  dc?: { creators?: string[]; creator?: string; dates?: string[]; date?: string };
}

interface FeedsmithDocument extends FeedsmithEntry {
  items?: FeedsmithEntry[];
  entries?: FeedsmithEntry[];
}

/** A feedsmith reference document with its expected result. */
export interface FeedsmithInput extends CorpusInput {
  reference: FeedsmithDocument;
}

/** Fetches and parses every feedsmith reference document (`references/<name>.xml` + `.json`). */
export async function loadFeedsmithInputs(): Promise<FeedsmithInput[]> {
  const paths = (await listCorpusFiles('feedsmith')).filter((path) => /\/references\/[^/]+\.xml$/.test(path));
  const files = await fetchCorpusFiles(paths.flatMap((path) => [`feedsmith/${path}`, `feedsmith/${path.replace(/\.xml$/, '.json')}`]));
  return paths.map((path, index) => {
    const text = decodeFeedBytes(files[2 * index]);
    return { suite: 'feedsmith', path: `feedsmith/${path}`, text, options: {}, outcome: parseOutcome(text, {}), reference: JSON.parse(new TextDecoder().decode(files[2 * index + 1])) };
  });
}

const alternateHref = (entry: FeedsmithEntry) => entry.link ?? entry.links?.find((link) => !link.rel || link.rel === 'alternate')?.href;

/** RSS `author` is "e-mail (Name)" or a name: the name, or undefined for an e-mail alone. */
function authorName(author: string | { name?: string }): string | undefined {
  const text = typeof author === 'string' ? author : author.name;
  if (!text) return undefined;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text.trim());
  return named ? named[1] : text.includes('@') ? undefined : text;
}

function urlOutcome(expected: string | undefined, actual: string | undefined, base: string | undefined): CheckOutcome | undefined {
  return expected === undefined ? undefined : linkOutcome(expected, actual, base);
}

/** The xml:base in scope for the feed (root element) or for item `index` (its own, resolved against the root's). */
function xmlBase(text: string, index?: number): string | undefined {
  const root = findElements(documentScope(text), [rootElementName(text) ?? 'feed'])[0]?.attributes['xml:base'];
  const scope = index === undefined ? undefined : itemScope(text, index);
  const own = scope && findElements(scope, ['entry', 'item'])[0]?.attributes['xml:base'];
  if (!own) return root;
  return root ? new URL(own, root).href : own;
}

function categoryOutcome(expected: FeedsmithCategory[], actual: string[]): CheckOutcome {
  const ours = new Set(actual.map(collapseWhitespace));
  // An Atom category's label is as much its name as its term.
  const pass = expected.every((category) => [category.name, category.term, category.label].some((name) => name !== undefined && ours.has(collapseWhitespace(name))));
  return { pass, expected: showValue(expected.map((category) => category.name ?? category.term)), actual: showValue(actual) };
}

function dateChecks(entry: FeedsmithEntry, item: FeedItem | undefined): CheckOutcome[] {
  const published = entry.pubDate ?? entry.published ?? entry.dc?.dates?.[0] ?? entry.dc?.date;
  return [
    ...(published ? [compareValue('instant', published, item?.published ?? (entry.updated ? undefined : item?.updated))] : []),
    ...(entry.updated ? [compareValue('instant', entry.updated, item?.updated)] : []),
  ];
}

function referenceCases(name: string, reference: FeedsmithDocument, feed: Feed, text: string): CaseResult[] {
  const entries = reference.items ?? reference.entries ?? [];
  const perItem = (check: (entry: FeedsmithEntry, item: FeedItem | undefined, index: number) => (CheckOutcome | undefined)[]): GoldenCheck[] =>
    entries.flatMap((entry, index) =>
      check(entry, feed.items[index], index).flatMap((outcome) => (outcome ? [{ where: `items[${index}]`, outcome }] : [])),
    );
  const cases: [string, GoldenCheck[]][] = [
    ['feed title', reference.title ? [{ where: 'feed.title', outcome: compareValue('text', htmlToPlainText(reference.title), feed.title) }] : []],
    ['feed link', [urlOutcome(alternateHref(reference), feed.url, xmlBase(text))].flatMap((outcome) => (outcome ? [{ where: 'feed.url', outcome }] : []))],
    ['item count', [{ where: 'items.length', outcome: compareValue('number', entries.length, feed.items.length) }]],
    ['item titles', perItem((entry, item) => [entry.title ? compareValue('text', htmlToPlainText(entry.title), item?.title) : undefined])],
    ['item links', perItem((entry, item, index) => [urlOutcome(alternateHref(entry), item?.url, xmlBase(text, index))])],
    ['item ids', perItem((entry, item) => {
      const id = entry.guid?.value ?? entry.id;
      return [id ? compareValue('id', id, item?.id) : undefined];
    })],
    ['item dates', perItem(dateChecks)],
    ['item authors', perItem((entry, item) => {
      const names = (entry.authors ?? entry.dc?.creators ?? (entry.dc?.creator ? [entry.dc.creator] : [])).map(authorName).filter((n): n is string => !!n);
      return [names.length ? includesAll(names, item?.authors) : undefined];
    })],
    ['item categories', perItem((entry, item) => [entry.categories?.length ? categoryOutcome(entry.categories, item?.tags ?? []) : undefined])],
    ['item enclosures', perItem((entry, item) => {
      const urls = (entry.enclosures ?? []).flatMap((enclosure) => (enclosure.url ? [enclosure.url] : []));
      return [urls.length ? includesAll(urls, item?.enclosures.map((enclosure) => enclosure.url)) : undefined];
    })],
  ];
  // A field the reference never has is no case at all.
  return cases.filter(([, checks]) => checks.length > 0).map(([field, checks]) => goldenCase('feedsmith', `${name}: ${field}`, checks));
}

/** The cases of one feedsmith reference: each mapped field across the feed and its items. */
export function feedsmithCases(input: FeedsmithInput): CaseResult[] {
  const name = input.path.slice('feedsmith/src/feeds/'.length).replace('/references/', '/');
  if ('feed' in input.outcome) return referenceCases(name, input.reference, input.outcome.feed, input.text);
  const parses: CaseResult = { suite: 'feedsmith', group: 'feedsmith', name: `${name}: parses`, status: 'fail', failures: [`parseFeed: ${describeOutcome(input.outcome)}`] };
  return [parses, ...referenceCases(name, input.reference, { format: 'rss', title: '', items: [] }, input.text)];
}
