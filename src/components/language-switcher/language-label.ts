import { intlFormatter } from '../../i18n/intl-formatter.js';

/** Short native names, as in the seed page's header ("Укр Рус Eng"). */
const SHORT_LABELS: Record<string, string> = { uk: 'Укр', ru: 'Рус', en: 'Eng' };

// DisplayNames requires its options, which intlFormatter's signature leaves optional; they are always given here.
const DisplayNames = Intl.DisplayNames as new (locale: string, options?: Intl.DisplayNamesOptions) => Intl.DisplayNames;

/** The name of a language in that language, capitalised as its own locale does ("Українська", "Deutsch"). */
export function nativeLanguageName(code: string): string {
  const name = intlFormatter(DisplayNames, code, { type: 'language' }).of(code) ?? code;
  return name.replace(/^./u, (first) => first.toLocaleUpperCase(code));
}

/** The short built-in label of a language ("Укр"), or undefined for a language that has none. */
export function shortLanguageLabel(code: string): string | undefined {
  return SHORT_LABELS[code];
}
