import type { Feed, FeedItem } from '../../../src/feed/model.js';
import type { FieldCheck } from './feedparser-expectation.js';
import type { ModelTarget } from './feedparser-path.js';
import { feedparserValueIsHtml } from './feedparser-value-kind.js';
import type { PyValue } from './python-expression.js';
import { collapseWhitespace, htmlToPlainText } from './plain-text.js';
import { elementMarkup, feedScope, findElements, findFirstElement, itemScope, rootElementName, type SourceScope } from './source-element.js';
import { compareValue, type CheckOutcome } from './value-compare.js';

/** What a check needs to know about the document besides the model. */
export interface CheckContext {
  source: string;
  /** Simulated HTTP response headers, lower-case names. */
  headers: Record<string, string>;
  /** Lines of the document's script elements (see sourceScriptLines). */
  scriptLines: string[];
}

function readTarget(feed: Feed, target: ModelTarget): unknown {
  const owner: Feed | FeedItem | undefined = target.item === undefined ? feed : feed.items[target.item];
  if (!owner) return undefined;
  let value: unknown = (owner as unknown as Record<string, unknown>)[target.field];
  if (value === undefined && target.fallback) value = (owner as unknown as Record<string, unknown>)[target.fallback];
  if (target.index !== undefined) value = (value as unknown[] | undefined)?.[target.index];
  if (target.key !== undefined) value = (value as Record<string, unknown> | undefined)?.[target.key];
  return value;
}

const isAlternate = (rel: string | undefined) => rel === undefined || rel.trim().toLowerCase() === 'alternate';

/** Why a mapped path is still not comparable for this document, or undefined when it is. */
function contextReason(check: FieldCheck, scope: SourceScope | undefined, context: CheckContext): string | undefined {
  const { target } = check;
  const declared = Array.from(context.source.matchAll(/<!ENTITY\s+([\w.-]+)/g), ([, name]) => name);
  if (scope && declared.some((name) => scope.masked.includes(`&${name};`))) return 'value uses an entity declared in the DTD (the model never expands a DTD)';
  if (target.linkIndex !== undefined) {
    const links = scope ? findElements(scope, ['link']) : [];
    const firstAlternate = links.findIndex((link) => isAlternate(link.attributes.rel));
    if (target.linkIndex !== firstAlternate) return 'links[j] other than the first alternate link (the model keeps one url)';
  }
  if (target.contentOnly && scope && findFirstElement(scope, ['summary', 'description', 'abstract'])) {
    return 'content[0] of an item that has a summary (the model summarises content only when there is no summary)';
  }
  if (target.field === 'language' && context.headers['content-language']) {
    return 'language from the HTTP Content-Language header (parseFeed takes no such input)';
  }
  return undefined;
}

const nonAscii = (text: string) => text.replace(/[\x00-\x7f]/g, '');

/**
 * The plain text a reader sees of a text field: of feedparser's value, typed as feedparser typed
 * it, and, for HTML, also of the source markup as the browser's HTML parser reads it. feedparser's
 * pre-HTML5 parser disagrees with browsers on comments and doctypes, so either reading is fair;
 * but only where the two agree on every non-ASCII character, so that the source reading never
 * excuses a decoding difference (a wrong charset reads the same wrong way in both).
 */
function expectedTexts(check: FieldCheck, scope: SourceScope | undefined, source: string): string[] {
  const value = check.expected as string;
  const element = scope && findFirstElement(scope, check.target.sourceNames ?? []);
  if (!feedparserValueIsHtml(rootElementName(source) === 'feed', check.target.field === 'title', element, value)) return [collapseWhitespace(value)];
  const markup = element && elementMarkup(element);
  const text = htmlToPlainText(value);
  const sourceReading = markup === undefined ? undefined : htmlToPlainText(markup);
  return sourceReading !== undefined && nonAscii(sourceReading) === nonAscii(text) ? [text, sourceReading] : [text];
}

/** Runs one mapped check against a parsed feed and the document it came from. */
export function runFieldCheck(check: FieldCheck, feed: Feed, context: CheckContext): CheckOutcome {
  const { target } = check;
  const scope = target.item === undefined ? feedScope(context.source) : itemScope(context.source, target.item);
  const reason = contextReason(check, scope, context);
  if (reason) return { notApplicable: reason };
  const actual = readTarget(feed, target);
  const isSummary = target.field === 'summary';
  if (target.compare === 'text' && typeof check.expected === 'string') {
    const [text, sourceReading] = expectedTexts(check, scope, context.source);
    // feedparser's sanitizer can leave a script's body as text (mis-nested markup); the model drops it by design.
    if (context.scriptLines.some((line) => text.includes(line))) return { notApplicable: "feedparser's value keeps script text that the model drops" };
    const outcome = compareValue('text', text, actual, isSummary);
    const alternative = sourceReading === undefined ? undefined : compareValue('text', sourceReading, actual, isSummary);
    const alternativePasses = alternative !== undefined && 'pass' in alternative && alternative.pass;
    return 'pass' in outcome && !outcome.pass && alternativePasses ? { ...outcome, pass: true } : outcome;
  }
  let expected: PyValue = check.expected;
  if (target.compare === 'tag' && typeof expected === 'string' && typeof actual === 'string' && target.item !== undefined && scope) {
    // An Atom category's label is as much its name as its term.
    const label = findElements(scope, ['category'])[target.index ?? 0]?.attributes.label;
    if (label !== undefined && collapseWhitespace(label) === collapseWhitespace(actual)) expected = label;
  }
  return compareValue(target.compare, expected, actual, isSummary);
}
