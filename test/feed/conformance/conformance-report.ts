import { tally, type CaseResult } from './case-result.js';

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function row(label: string, results: CaseResult[]): string {
  const { pass, fail, na, rate } = tally(results);
  return `${label.padEnd(30)} ${String(pass).padStart(6)} ${String(fail).padStart(6)} ${String(na).padStart(6)} ${(pass + fail ? percent(rate) : '-').padStart(7)}`;
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

/** Passed / failed / not-applicable counts per folder and suite, with each suite's and the overall pass rate. */
export function formatTable(results: CaseResult[]): string {
  const lines = [`${'folder'.padEnd(30)} ${'pass'.padStart(6)} ${'fail'.padStart(6)} ${'n/a'.padStart(6)} ${'rate'.padStart(7)}`];
  for (const [suite, suiteResults] of groupBy(results, (result) => result.suite)) {
    const groups = [...groupBy(suiteResults, (result) => result.group)].sort(([a], [b]) => a.localeCompare(b));
    if (groups.length > 1) for (const [group, groupResults] of groups) lines.push(row(`  ${group}`, groupResults));
    lines.push(row(groups.length > 1 ? `${suite} (all)` : suite, suiteResults));
  }
  lines.push(row('OVERALL', results));
  return lines.join('\n');
}

/** The first `limit` failing cases with what differed. */
export function formatFailures(results: CaseResult[], limit = 40): string {
  const failed = results.filter((result) => result.status === 'fail');
  const shown = failed.slice(0, limit).map((result) => `✗ ${result.suite} ${result.name}\n    ${(result.failures ?? []).slice(0, 3).join('\n    ')}`);
  return [...shown, ...(failed.length > limit ? [`… and ${failed.length - limit} more`] : [])].join('\n');
}

/** How many cases each not-applicable reason covers, most frequent first. */
export function formatNotApplicable(results: CaseResult[], limit = 30): string {
  const reasons = [...groupBy(results.filter((result) => result.status === 'na'), (result) => result.reason ?? '?')].sort(([, a], [, b]) => b.length - a.length);
  return reasons.slice(0, limit).map(([reason, cases]) => `${String(cases.length).padStart(5)}  ${reason}`).join('\n');
}
