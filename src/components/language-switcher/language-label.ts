import { intlFormatter } from '../../i18n/intl-formatter.js';
import { primaryLanguage } from './find-language.js';

/** Short native names, as in the seed page's header ("Укр Рус Eng"). */
const SHORT_LABELS: Record<string, string> = { uk: 'Укр', ru: 'Рус', en: 'Eng' };

// DisplayNames requires its options, which intlFormatter's signature leaves optional; they are always given here.
const DisplayNames = Intl.DisplayNames as new (locale: string, options?: Intl.DisplayNamesOptions) => Intl.DisplayNames;

/** The name of a language in that language, capitalised as its own locale does ("Українська", "Deutsch"). */
export function nativeLanguageName(code: string): string {
  const name = intlFormatter(DisplayNames, code, { type: 'language' }).of(code) ?? code;
  return name.replace(/^./u, (first) => first.toLocaleUpperCase(code));
}

/**
 * The short built-in label of a language ("Укр"), or undefined for a language that has none. A
 * regional code (`uk-UA`) takes its language's label when no other of the `offered` codes is of
 * that language (`en-GB` beside `en-US` keeps its own name: both would read "Eng").
 */
export function shortLanguageLabel(code: string, offered: readonly string[]): string | undefined {
  const language = primaryLanguage(code);
  const alone = offered.filter((each) => primaryLanguage(each) == language).length == 1;
  return SHORT_LABELS[code] ?? (alone ? SHORT_LABELS[language] : undefined);
}
