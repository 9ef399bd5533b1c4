import { expect } from '@open-wc/testing';
import { tally, type CaseResult } from './case-result.js';
import { formatFailures, formatNotApplicable, formatTable } from './conformance-report.js';
import { feedExtractorCase, loadFeedExtractorInputs } from './feed-extractor-suite.js';
import { feedparserCase, loadFeedparserInputs } from './feedparser-suite.js';
import { feedsmithCases, loadFeedsmithInputs } from './feedsmith-suite.js';
import { loadRssParserInputs, rssParserCases } from './rss-parser-suite.js';
import { HARD_PROPERTIES, inputViolations, sourceScriptLines, type Violation } from './safety-properties.js';

// Issue 2 §4: at least 95% of the applicable cases of each corpus pass; the hard properties hold for every input.
const PASS_RATE = 0.95;
const SUITES = ['feedparser', 'rss-parser', 'feedsmith', 'feed-extractor'];

describe('conformance with ../shared/corpus', function () {
  const results: CaseResult[] = [];
  const violations: (Violation & { path: string })[] = [];

  before(async function () {
    this.timeout(60000);
    const [feedparser, rssParser, feedsmith, feedExtractor] = await Promise.all([
      loadFeedparserInputs(),
      loadRssParserInputs(),
      loadFeedsmithInputs(),
      loadFeedExtractorInputs(),
    ]);
    results.push(
      ...feedparser.map(feedparserCase),
      ...rssParser.flatMap(rssParserCases),
      ...feedsmith.flatMap(feedsmithCases),
      ...feedExtractor.map(feedExtractorCase),
    );
    for (const input of feedparser) violations.push(...inputViolations(input, input.scriptLines).map((v) => ({ ...v, path: input.path })));
    for (const input of [...rssParser, ...feedsmith, ...feedExtractor]) {
      violations.push(...inputViolations(input, sourceScriptLines(input.text)).map((v) => ({ ...v, path: input.path })));
    }
    const inputs = feedparser.length + rssParser.length + feedsmith.length + feedExtractor.length;
    const propertyLines = HARD_PROPERTIES.map((property) => `${property.padEnd(20)} ${violations.filter((v) => v.property === property).length} inputs break it`);
    console.log(
      [
        `\nConformance over ${inputs} corpus inputs (pass / fail / not applicable per folder):`,
        formatTable(results),
        `\nHard properties over all ${inputs} inputs:`,
        ...propertyLines,
        `\nNot applicable, by reason:`,
        formatNotApplicable(results),
        `\nFailing cases:`,
        formatFailures(results),
      ].join('\n'),
    );
  });

  for (const suite of SUITES) {
    it(`${suite}: at least 95% of the applicable cases pass`, () => {
      const suiteResults = results.filter((result) => result.suite === suite);
      const { pass, fail, rate } = tally(suiteResults);
      expect(pass + fail, `${suite} has applicable cases`).to.be.greaterThan(0);
      expect(rate, `${suite}: ${pass} of ${pass + fail} applicable cases pass\n${formatFailures(suiteResults)}`).to.be.at.least(PASS_RATE);
    });
  }

  for (const property of HARD_PROPERTIES) {
    it(`every input: ${property}`, () => {
      const broken = violations.filter((violation) => violation.property === property);
      expect(broken.slice(0, 40).map((violation) => `${violation.path}: ${violation.detail}`), `${broken.length} inputs`).to.deep.equal([]);
    });
  }
});
