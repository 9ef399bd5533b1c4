import { languageName, primaryLanguage } from '../../i18n/language-name.js';

/** Short native names, as in the seed page's header ("Укр Рус Eng"). */
const SHORT_LABELS: Record<string, string> = { uk: 'Укр', ru: 'Рус', en: 'Eng' };

/** The built-in languages' own names, as Intl.DisplayNames gives them: no DisplayNames object, and none of its locale data, at start for the usual switcher. */
const NATIVE_NAMES: Record<string, string> = { uk: 'Українська', ru: 'Русский', en: 'English' };

/** The name of a language in that language, capitalised as its own locale does ("Українська", "Deutsch"). */
export function nativeLanguageName(code: string): string {
  const name = NATIVE_NAMES[code] ?? languageName(code, code) ?? code;
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
