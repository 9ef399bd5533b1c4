import { intlFormatter } from './intl-formatter.js';
import { strings, type PluralMessage, type Strings } from './strings.js';

/** Keys of messages that depend on a count. */
export type PluralKey = { [K in keyof Strings]: Strings[K] extends PluralMessage ? K : never }[keyof Strings];

/** Keys of messages that are plain text. */
export type TextKey = Exclude<keyof Strings, PluralKey | 'asOf' | 'raisedOfGoal'>;

/**
 * A built-in message in the locale's language: a plural message in the form for `count`,
 * written with the locale's digits; `asOf` with its `{time}` filled in; `raisedOfGoal` with its
 * formatted `{raised}` and `{goal}`.
 */
export function formatMessage(locale: string, key: PluralKey, count: number): string;
export function formatMessage(locale: string, key: 'asOf', time: string): string;
export function formatMessage(locale: string, key: 'raisedOfGoal', amounts: { raised: string; goal: string }): string;
export function formatMessage(locale: string, key: TextKey): string;
export function formatMessage(locale: string, key: keyof Strings, value?: number | string | Record<string, string>): string {
  const table = strings(locale);
  const message = table[key];
  // The form follows the language of the words (English for 'fr'), the digits the full locale.
  const text = typeof message === 'string' ? message : message[intlFormatter(Intl.PluralRules, table === strings('en') ? 'en' : locale).select(+value!)] ?? message.other;
  const filled = typeof value === 'number' ? intlFormatter(Intl.NumberFormat, locale).format(value) : value;
  if (typeof filled == 'object') return text.replace(/\{(\w+)\}/g, (_, name: string) => filled[name] ?? '');
  return filled === undefined ? text : text.replace(/\{\w+\}/g, () => filled);
}
