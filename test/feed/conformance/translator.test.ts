import { expect } from '@open-wc/testing';
import type { Feed } from '../../../src/feed/model.js';
import { readExpectHeader } from './expect-header.js';
import { runFieldCheck } from './feedparser-check.js';
import { translateExpectation, type FieldCheck } from './feedparser-expectation.js';
import { mapFeedparserPath } from './feedparser-path.js';
import { feedparserValueIsHtml, looksLikeHtml } from './feedparser-value-kind.js';
import { htmlToPlainText } from './plain-text.js';
import { parsePythonExpression } from './python-expression.js';
import { decodePythonString } from './python-string.js';
import { rssParserCases } from './rss-parser-suite.js';
import { feedViolations, sourceScriptLines } from './safety-properties.js';
import type { SourceElement } from './source-element.js';
import { compareValue } from './value-compare.js';

const checksOf = (expression: string): FieldCheck[] => {
  const translation = translateExpectation(expression);
  if (!('checks' in translation)) throw new Error(`not mapped: ${translation.notApplicable}`);
  return translation.checks;
};

const reasonOf = (expression: string): string => {
  const translation = translateExpectation(expression);
  return 'notApplicable' in translation ? translation.notApplicable : 'mapped';
};

const item = (fields: Partial<Feed['items'][number]>): Feed['items'][number] => ({ id: 'x', title: '', authors: [], tags: [], enclosures: [], ...fields });
const feedOf = (...items: Feed['items']): Feed => ({ format: 'rss', title: '', items });

describe('conformance translator: Python literals and expressions', () => {
  it('decodes Python string escapes and prefixes', () => {
    expect(decodePythonString("u'testing \\xa0 entity'")).to.equal('testing \u00a0 entity');
    expect(decodePythonString("'don\\u2019t'")).to.equal('don\u2019t');
    expect(decodePythonString("'it\\'s\\n\\t\\101'")).to.equal("it's\n\tA");
    expect(decodePythonString("r'a\\nb'")).to.equal('a\\nb');
    expect(decodePythonString('"""&lt;!\' <a>"""')).to.equal("&lt;!' <a>");
  });

  it('parses tuples, dicts, concatenation and chained comparisons', () => {
    expect(parsePythonExpression('(2004, 2, 28, 18, 14, 55, 5, 59, 0)')).to.deep.equal({ kind: 'literal', value: [2004, 2, 28, 18, 14, 55, 5, 59, 0] });
    expect(parsePythonExpression("'a -' + '- b' 'c'")).to.deep.equal({ kind: 'literal', value: 'a -- bc' });
    expect(parsePythonExpression("{'href': 'http://x/', 'length': '2'}")).to.deep.equal({ kind: 'literal', value: { href: 'http://x/', length: '2' } });
    const chain = parsePythonExpression("a == b == 'x'");
    expect(chain.kind).to.equal('and');
  });

  it('rejects what is not Python', () => {
    expect(() => parsePythonExpression("feed['title'] ==")).to.throw(SyntaxError);
    expect(() => parsePythonExpression('a $ b')).to.throw(SyntaxError);
  });
});

describe('conformance translator: mapping onto the model', () => {
  it('maps path == literal conjunctions and drops the bozo flag', () => {
    const [check] = checksOf("not bozo and entries[0]['title_detail']['value'] == u'Example'");
    expect(check.target).to.include({ item: 0, field: 'title', compare: 'text' });
    expect(check.expected).to.equal('Example');
    const pair = checksOf("not bozo and (entries[0]['authors'][0]['name'] == 'one') and (entries[0]['authors'][1]['name'] == 'two')");
    expect(pair.map((c) => [c.target.field, c.target.index, c.expected])).to.deep.equal([['authors', 0, 'one'], ['authors', 1, 'two']]);
  });

  it('maps dict literals key by key, chained equality, ord() and has_key absence', () => {
    const enclosure = checksOf("entries[0]['enclosures'][1] == {'href': 'http://example.com/2', 'length': '200000', 'type': 'image/gif'}");
    expect(enclosure.map((c) => c.target.key)).to.deep.equal(['url', 'length', 'type']);
    const chained = checksOf("entries[0]['title'] == entries[1]['title'] == 'Correct Value'");
    expect(chained.map((c) => [c.target.item, c.expected])).to.deep.equal([[0, 'Correct Value'], [1, 'Correct Value']]);
    expect(checksOf("ord(entries[0]['description']) == 8230")[0].expected).to.equal('\u2026');
    expect(checksOf("not bozo and not entries[0].has_key('link')")[0]).to.deep.include({ expected: null });
  });

  it('maps dates, links, tags and images to their model fields', () => {
    expect(mapFeedparserPath('entries[0].published_parsed')).to.deep.equal({ target: { item: 0, field: 'published', compare: 'instant' } });
    expect(mapFeedparserPath('entries[2].updated_parsed')).to.deep.include({ target: { item: 2, field: 'updated', compare: 'instant', fallback: 'published' } });
    expect(mapFeedparserPath('feed.link')).to.deep.equal({ target: { field: 'url', compare: 'url' } });
    expect(mapFeedparserPath('entries[0].tags[1].term')).to.deep.equal({ target: { item: 0, field: 'tags', index: 1, compare: 'tag' } });
    expect(mapFeedparserPath('entries[0].media_thumbnail[0].url')).to.deep.equal({ target: { item: 0, field: 'image', key: 'url', compare: 'url' } });
  });

  it('refuses what the model has no counterpart for, with a reason', () => {
    expect(reasonOf('bozo')).to.equal('not mappable: bozo flag only');
    expect(reasonOf("not bozo and len(entries[0]['tags']) == 2")).to.equal('not mappable: len() count');
    expect(reasonOf("not bozo and feed['itunes_explicit'] is True")).to.equal('not mappable: "is" comparison');
    expect(reasonOf("not bozo and feed['subtitle'] == 'x'")).to.equal('not in the model: feed.subtitle');
    expect(reasonOf("not bozo and entries[0]['title_detail']['type'] == 'text/plain'")).to.equal('content metadata not in the model: type');
    expect(reasonOf("not bozo and encoding == 'utf-8'")).to.equal('not in the model: encoding');
    expect(reasonOf("feed['title'] == 'a' or feed['title'] == 'b'")).to.equal('not mappable: "or" of alternatives');
    // One unmappable conjunct makes the whole case not applicable: nothing passes half-checked.
    expect(reasonOf("entries[0]['title'] == 'x' and entries[0]['rights'] == 'y'")).to.equal('not in the model: entry.rights');
  });

  it('reads the Description / Expect / Header comment', () => {
    const header = readExpectHeader('<?xml version="1.0"?>\n<!--\nHeader:  Content-type: text/xml; charset=koi8-r\nDescription: d\nExpect:   not bozo and feed.title == \'x\'  \n-->\n<rss/>');
    expect(header).to.deep.equal({ description: 'd', expect: "not bozo and feed.title == 'x'", headers: { 'content-type': 'text/xml; charset=koi8-r' } });
    expect(readExpectHeader('{"__TEST__": "Description: j Expect: feed.title == \'t\' -->"}')?.expect).to.equal("feed.title == 't'");
    expect(readExpectHeader('<rss/>')).to.equal(undefined);
  });
});

describe('conformance translator: expected plain text and comparisons', () => {
  it('renders expected HTML as the text a reader sees', () => {
    expect(htmlToPlainText('<b>&amp;</b>')).to.equal('&');
    expect(htmlToPlainText('<p>one</p><p>two</p>')).to.equal('one two');
    expect(htmlToPlainText('safe<script>alert(1)</script> <b>description</b>')).to.equal('safe description');
    expect(htmlToPlainText('a&nbsp;b')).to.equal('a\u00a0b');
  });

  it('types feedparser values as HTML or text the way feedparser does', () => {
    const element = (type: string | undefined, content = ''): SourceElement => ({ name: 'title', attributes: type ? { type } : {}, content });
    expect(feedparserValueIsHtml(true, true, element('text'), 'History of the <blink> tag')).to.equal(false);
    expect(feedparserValueIsHtml(true, true, element('html'), '<b>x</b>')).to.equal(true);
    expect(feedparserValueIsHtml(true, false, element(undefined, '<div xmlns="http://www.w3.org/1999/xhtml">x</div>'), '<div>x</div>')).to.equal(true);
    expect(feedparserValueIsHtml(false, true, element(undefined), '1 < 2')).to.equal(false);
    expect(feedparserValueIsHtml(false, true, element(undefined), '<b>bold</b>')).to.equal(true);
    expect(feedparserValueIsHtml(false, false, element(undefined), 'plain')).to.equal(true);
    expect(looksLikeHtml('<madeup>x</madeup>')).to.equal(false);
  });

  it('compares dates as instants, URLs in WHATWG form, and allows a summary cut at a word', () => {
    expect(compareValue('instant', [2004, 2, 28, 18, 14, 55, 5, 59, 0], '2004-02-28T18:14:55.000Z')).to.include({ pass: true });
    expect(compareValue('instant', [2004, 2, 28, 18, 14, 55, 5, 59, 0], '2004-02-28T18:14:56.000Z')).to.include({ pass: false });
    expect(compareValue('url', 'http://Example.COM', 'http://example.com/')).to.include({ pass: true });
    expect(compareValue('url', 'relative/uri', 'http://example.com/relative/uri')).to.include({ pass: false });
    expect(compareValue('url', 'javascript:alert(1)', undefined)).to.include({ pass: true });
    const long = 'word '.repeat(200).trim();
    expect(compareValue('text', long, `${long.slice(0, 300).trim()}…`, true)).to.include({ pass: true });
    expect(compareValue('text', long, `${long.slice(0, 300).trim()}…`, false)).to.include({ pass: false });
    expect(compareValue('author', 'Name (me@example.com)', 'Name')).to.have.property('notApplicable');
  });

  it('runs a check against a feed, with the source deciding HTML and applicability', () => {
    const source = '<rss><channel><item><title>AT&amp;amp;T</title><description>d</description><content:encoded>c</content:encoded></item></channel></rss>';
    const context = { source, headers: {}, scriptLines: [] };
    const [title] = checksOf("entries[0]['title'] == 'AT&amp;T'");
    expect(runFieldCheck(title, feedOf(item({ title: 'AT&T' })), context)).to.include({ pass: true });
    expect(runFieldCheck(title, feedOf(item({ title: 'AT&amp;T' })), context)).to.include({ pass: false });
    const [content] = checksOf("entries[0]['content'][0]['value'] == 'c'");
    expect(runFieldCheck(content, feedOf(item({ summary: 'd' })), context)).to.have.property('notApplicable');
  });
});

describe('conformance harness: golden files and hard properties', () => {
  const goldenInput = (title: string) => ({
    suite: 'rss-parser',
    path: 'rss-parser/test/input/sample.rss',
    text: '<rss/>',
    options: {},
    outcome: { feed: feedOf(item({ title, url: 'https://example.com/1' })) },
    golden: { title: '', items: [{ title: 'Tom &amp; Jerry', link: 'https://example.com/1' }] },
  });

  it('passes a golden item that matches and fails one that does not', () => {
    const status = (title: string) => Object.fromEntries(rssParserCases(goldenInput(title)).map((result) => [result.name.split(': ')[1], result.status]));
    expect(status('Tom & Jerry')).to.deep.equal({ 'item count': 'pass', 'item titles': 'pass', 'item links': 'pass' });
    expect(status('Tom and Jerry')['item titles']).to.equal('fail');
  });

  it('finds script text however it is embedded, and flags unsafe results', () => {
    const lines = sourceScriptLines('<item><description>safe&lt;script>location.href="x";&lt;/script> text</description></item>');
    expect(lines).to.deep.equal(['location.href="x";']);
    const bad = feedViolations(feedOf(item({ title: 'safe location.href="x"; text', url: 'javascript:alert(1)', published: 'Invalid Date' })), lines);
    expect(bad.map((violation) => violation.property).sort()).to.deep.equal(['http(s) URLs only', 'no script text', 'valid ISO dates']);
    expect(feedViolations(feedOf(item({ title: 'safe text', url: 'https://example.com/', published: '2004-02-28T18:14:55.000Z' })), lines)).to.deep.equal([]);
  });
});
