import type { Feed } from '../../../src/feed/model.js';
import { describeOutcome, type CorpusInput } from './parse-outcome.js';
import { scriptTexts } from './plain-text.js';
import { decodeXmlText } from './source-element.js';

/** The properties every parse result must have, for any input: each must hold 100%. */
export const HARD_PROPERTIES = ['only FeedError', 'model shape', 'http(s) URLs only', 'no markup in text', 'no script text', 'valid ISO dates'] as const;

/** One broken hard property of a parse result. */
export interface Violation {
  property: (typeof HARD_PROPERTIES)[number];
  detail: string;
}

const HTTP_URL = /^https?:\/\/[^\s/?#]/i;
const MARKUP = /<\s*\/?\s*(script|img|iframe|object|embed|style)\b/i;
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
// Elements whose content the HTML parser reads as raw text: renamed so a script inside them is seen.
const RAW_TEXT_ELEMENTS = /<(\/?)(title|textarea|style|xmp|iframe|noembed|noframes|noscript|plaintext)\b/gi;

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

function base64Contents(source: string): string[] {
  return Array.from(source.matchAll(/<[^>]*\bmode=["']base64["'][^>]*>([^<]*)</g), ([, encoded]) => {
    try {
      return new TextDecoder().decode(Uint8Array.from(atob(encoded.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
    } catch {
      return '';
    }
  });
}

/**
 * Distinctive lines of every script element in a source document, however it is embedded
 * (inline, CDATA, escaped once, base64, JSON string), as the browser's HTML parser sees it.
 * Lines shorter than 8 characters or without a letter are too common to be evidence.
 */
export function sourceScriptLines(source: string): string[] {
  let fragments: string[];
  try {
    fragments = jsonStrings(JSON.parse(source));
  } catch {
    fragments = [source, decodeXmlText(source), ...base64Contents(source)];
  }
  const lines = fragments
    .filter((fragment) => /<script/i.test(fragment))
    .flatMap((fragment) => scriptTexts(fragment.replace(RAW_TEXT_ELEMENTS, '<$1x-$2')))
    .flatMap((script) => script.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length >= 8 && /[a-z]/i.test(line));
  return [...new Set(lines)];
}

/** Every hard property a parse result breaks: non-http(s) URLs, markup or script text in text fields, invalid dates. */
export function feedViolations(feed: Feed, scriptLines: string[]): Violation[] {
  const violations: Violation[] = [];
  const url = (where: string, value: string | undefined) => {
    if (value !== undefined && !HTTP_URL.test(value)) violations.push({ property: 'http(s) URLs only', detail: `${where} = ${JSON.stringify(value)}` });
  };
  const text = (where: string, value: string | undefined) => {
    if (value === undefined) return;
    if (MARKUP.test(value)) violations.push({ property: 'no markup in text', detail: `${where} = ${JSON.stringify(value.slice(0, 120))}` });
    const line = scriptLines.find((script) => value.includes(script));
    if (line) violations.push({ property: 'no script text', detail: `${where} contains ${JSON.stringify(line)}` });
  };
  const date = (where: string, value: string | undefined) => {
    if (value !== undefined && !(ISO_UTC.test(value) && !Number.isNaN(Date.parse(value)))) {
      violations.push({ property: 'valid ISO dates', detail: `${where} = ${JSON.stringify(value)}` });
    }
  };
  url('feed.url', feed.url);
  text('feed.title', feed.title);
  date('feed.updated', feed.updated);
  feed.items.forEach((item, i) => {
    url(`items[${i}].url`, item.url);
    url(`items[${i}].image.url`, item.image?.url);
    item.enclosures.forEach((enclosure, j) => url(`items[${i}].enclosures[${j}].url`, enclosure.url));
    text(`items[${i}].title`, item.title);
    text(`items[${i}].summary`, item.summary);
    date(`items[${i}].published`, item.published);
    date(`items[${i}].updated`, item.updated);
  });
  return violations;
}

/** The hard properties one corpus input breaks: a non-FeedError exception, or any broken property of its feed. */
export function inputViolations(input: CorpusInput, scriptLines: string[]): Violation[] {
  const { outcome } = input;
  if ('crash' in outcome) return [{ property: 'only FeedError', detail: describeOutcome(outcome) }];
  if (!('feed' in outcome)) return [];
  try {
    return feedViolations(outcome.feed, scriptLines);
  } catch (error) {
    return [{ property: 'model shape', detail: `result does not follow model.ts: ${(error as Error).message}` }];
  }
}
