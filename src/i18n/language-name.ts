import { intlFormatter } from './intl-formatter.js';

// DisplayNames requires its options, which intlFormatter's signature leaves optional; they are always given here.
const DisplayNames = Intl.DisplayNames as new (locale: string, options?: Intl.DisplayNamesOptions) => Intl.DisplayNames;

/** The language of a code without region or script (`uk-UA` → `uk`), lower-cased. */
export function primaryLanguage(code: string): string {
  return code.toLowerCase().split('-')[0]!;
}

/** The name of the language `code` in `locale` ("Ukrainian"); undefined for a tag no language has (`ua`, `English`). */
export function languageName(code: string, locale: string): string | undefined {
  try {
    return intlFormatter(DisplayNames, locale, { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}
