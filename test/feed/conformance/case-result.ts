/** The verdict on one conformance case (a feedparser file, or one field of a golden file). */
export interface CaseResult {
  suite: string;
  /** Row of the report: feedparser folder (wellformed/rss …) or the suite itself. */
  group: string;
  name: string;
  status: 'pass' | 'fail' | 'na';
  /** Why a case is not applicable. */
  reason?: string;
  /** What differed, for failures: `path: expected …, got …`. */
  failures?: string[];
}

/** Passed / failed / not-applicable counts and the pass rate of the applicable cases. */
export function tally(results: CaseResult[]): { pass: number; fail: number; na: number; rate: number } {
  const pass = results.filter((result) => result.status === 'pass').length;
  const fail = results.filter((result) => result.status === 'fail').length;
  return { pass, fail, na: results.length - pass - fail, rate: pass + fail === 0 ? 1 : pass / (pass + fail) };
}
