import type { CompareKind } from './feedparser-path.js';
import type { PyValue } from './python-expression.js';
import { collapseWhitespace } from './plain-text.js';

/** The result of one check: passed or failed with both values shown, or not applicable with a reason. */
export type CheckOutcome = { pass: boolean; expected: string; actual: string } | { notApplicable: string };

/** A value as shown in a failure report: JSON with invisible characters escaped, cut to a readable length. */
export function showValue(value: unknown): string {
  const json = value === undefined ? 'undefined' : JSON.stringify(value);
  const text = json.replace(/[\x7f-\x9f\u200b-\u200f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

const isAbsent = (value: unknown) => value === undefined || value === null || value === '';

/** An absolute URL in the WHATWG form (so IDNA, percent-encoding and a bare host's "/" compare equal). */
function normalUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The instant a feedparser time tuple or date string names, in ms; NaN when unreadable. */
function expectedInstant(value: PyValue): number {
  if (Array.isArray(value)) {
    const [year, month, day, hour, minute, second] = value as number[];
    return Date.UTC(year, month - 1, day, hour, minute, second);
  }
  return typeof value === 'string' ? Date.parse(value) : NaN;
}

/** A summary cut at a word (model: "at most ~500 characters") counts as equal to the text it starts. */
function isCutSummary(expected: string, actual: string): boolean {
  const kept = actual.replace(/\s*(…|\.\.\.)$/, '');
  return expected.length > 450 && kept.length >= 100 && expected.startsWith(kept);
}

/**
 * Compares an expected value (already plain text for text fields) with the model's value.
 * `expected: null` means the field must be absent.
 */
export function compareValue(kind: CompareKind, expected: PyValue, actual: unknown, mayBeCut = false): CheckOutcome {
  const result = (pass: boolean, shownExpected: unknown = expected) => ({ pass, expected: showValue(shownExpected), actual: showValue(actual) });
  if (expected === null) return result(isAbsent(actual), 'absent');
  if (kind === 'instant') {
    const instant = expectedInstant(expected);
    if (Number.isNaN(instant)) return { notApplicable: 'date string the harness cannot read independently' };
    return result(typeof actual === 'string' && Date.parse(actual) === instant, new Date(instant).toISOString());
  }
  if (kind === 'number') {
    const number = Number(expected);
    return expected === '' || !Number.isFinite(number) ? result(actual === undefined, 'absent') : result(actual === number, number);
  }
  if (typeof expected !== 'string') return { notApplicable: `expected value is not a string: ${showValue(expected)}` };
  if (kind === 'author' && expected.includes('@')) {
    return { notApplicable: "author string with an e-mail (feedparser joins name and e-mail; the model keeps names)" };
  }
  if (kind === 'url') {
    if (!/^https?:\/\//i.test(expected.trim())) return result(actual === undefined, 'absent (not an absolute http(s) URL)');
    return result(typeof actual === 'string' && normalUrl(actual) === normalUrl(expected.trim()));
  }
  if (typeof actual !== 'string' && actual !== undefined) return result(false);
  const got = actual ?? '';
  switch (kind) {
    case 'language':
      return result(got.toLowerCase() === expected.trim().replace(/_/g, '-').toLowerCase());
    case 'id':
    case 'exact':
      return result(got.trim() === expected.trim());
    default: {
      const want = collapseWhitespace(expected);
      const have = collapseWhitespace(got);
      return result(have === want || (mayBeCut && isCutSummary(want, have)), want);
    }
  }
}
