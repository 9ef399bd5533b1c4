import { intlFormatter } from './intl-formatter.js';
import { messageLanguage, type Messages } from './messages.js';

/** Plural categories in the order a message gives its forms; `other` is always the last form. */
const FORMS = ['one', 'few', 'many'];

/**
 * A built-in message of `table` in the locale's language: with a count, the form for it, the
 * count written with the locale's digits in place of `{n}`; with a text, that text in place of
 * the placeholder; with named values (`{ raised, goal }`), each in place of its name.
 */
export function formatMessage<K extends string>(locale: string, table: Messages<K>, key: K, value?: number | string | Record<string, string>): string {
  const language = messageLanguage(locale);
  const forms = table(language)[key].split('/');
  // The form follows the language of the words (English for 'fr'), the digits the full locale.
  const text = typeof value == 'number' ? (forms[FORMS.indexOf(intlFormatter(Intl.PluralRules, language ? locale : 'en').select(value))] ?? forms[forms.length - 1]!) : forms[0]!;
  const filled = typeof value == 'number' ? intlFormatter(Intl.NumberFormat, locale).format(value) : value;
  // A function, so a `$&` in a value stays literal.
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (typeof filled == 'object' ? filled[name] : filled) ?? '');
}
