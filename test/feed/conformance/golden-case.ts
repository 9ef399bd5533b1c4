import type { CaseResult } from './case-result.js';
import { collapseWhitespace } from './plain-text.js';
import { compareValue, showValue, type CheckOutcome } from './value-compare.js';

/** One compared value of a golden file: where it is and how it compared. */
export interface GoldenCheck {
  where: string;
  outcome: CheckOutcome;
}

/** A string value of a golden file: a string, or xml2js's `{ _: text }` for an element with attributes. */
export function goldenText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const text = (value as { _?: unknown } | null)?._;
  return typeof text === 'string' ? text : undefined;
}

/** Every expected name is among ours (order and extra names aside: the model may merge sources). */
export function includesAll(expected: string[], actual: string[] | undefined): CheckOutcome {
  const ours = new Set((actual ?? []).map(collapseWhitespace));
  return { pass: expected.every((name) => ours.has(collapseWhitespace(name))), expected: showValue(expected), actual: showValue(actual) };
}

/** One case from many checks of one field: not applicable when none applies, passed when every applicable one passes. */
export function goldenCase(suite: string, name: string, checks: GoldenCheck[]): CaseResult {
  const base = { suite, group: suite, name };
  const applicable = checks.filter((check): check is { where: string; outcome: Exclude<CheckOutcome, { notApplicable: string }> } => !('notApplicable' in check.outcome));
  if (!applicable.length) {
    const reason = checks.map((check) => ('notApplicable' in check.outcome ? check.outcome.notApplicable : '')).find(Boolean);
    return { ...base, status: 'na', reason: reason ?? 'the golden file has no such values' };
  }
  const failures = applicable.filter((check) => !check.outcome.pass).map((check) => `${check.where}: expected ${check.outcome.expected}, got ${check.outcome.actual}`);
  return failures.length ? { ...base, status: 'fail', failures } : { ...base, status: 'pass' };
}

/**
 * A golden link (kept as written upstream) against ours: resolved against `base` (the document's
 * xml:base) when relative. A relative link with no xml:base is either dropped (the model keeps
 * absolute http(s) URLs only) or resolved against the feed's own link (DESIGN.md: "resolved
 * against xml:base / feed url"); both count.
 */
export function linkOutcome(expected: string, actual: string | undefined, base: string | undefined, feedLink?: string): CheckOutcome {
  const isRelative = !/^\s*https?:\/\//i.test(expected);
  if (isRelative && !base && feedLink && actual !== undefined && /^\s*https?:\/\//i.test(feedLink)) {
    return compareValue('url', new URL(expected.trim(), feedLink.trim()).href, actual);
  }
  return compareValue('url', isRelative && base ? new URL(expected.trim(), base).href : expected, actual);
}
