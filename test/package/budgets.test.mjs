// Issue 6's size budgets: a shipped file over its limit fails the suite (the ceiling, or an interim
// limit while the ceiling is not met: bench/budgets.mjs says which). Runs after `npm run build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetReport, measureBudgets, testedLimit } from '../../bench/budgets.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('size budgets (min+gzip)', async () => {
  const measured = await measureBudgets(ROOT);
  console.log(budgetReport(measured).join('\n'));
  for (const budget of measured) {
    const limit = testedLimit(budget);
    it(`${budget.label}: ${budget.bytes} B within ${limit} B`, () => assert.ok(budget.bytes <= limit, `${budget.bytes} B > ${limit} B`));
  }
  it('holds an interim limit only where the ceiling is not met, and never above what it replaces', () => {
    for (const { label, interim, ceiling, bytes } of measured.filter((budget) => budget.interim)) {
      assert.ok(bytes > ceiling, `${label}: the ceiling ${ceiling} B holds now: drop the interim limit`);
      assert.ok(interim - bytes < 1024, `${label}: lower the interim limit ${interim} B towards ${bytes} B`);
    }
  });
});
