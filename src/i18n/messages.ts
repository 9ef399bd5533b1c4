/** The words of a space-separated list, as a union type (`'a b'` → `'a' | 'b'`). */
type Words<S extends string> = S extends `${infer Word} ${infer Rest}` ? Word | Words<Rest> : S;

/** Built-in text in English, Ukrainian and Russian: a language's messages by key, by its table number (0 en, 1 uk, 2 ru). */
export type Messages<K extends string = string> = (language: number) => Record<K, string>;

/**
 * A table of built-in messages: `keys` separated by spaces, then per language (en, uk, ru) the
 * messages in that order separated by `|` (one string a language ships smaller than objects that
 * repeat every key). A count-dependent message gives its forms separated by `/`: one/other in
 * en, one/few/many/other in uk and ru (`other` there is the form for fractions); a message of one
 * form serves every count. `{n}` stands for the count, `{name}` for a filled-in value.
 */
export function messages<S extends string>(keys: S, en: string, uk: string, ru: string): Messages<Words<S>> {
  // Each language is read on first use, not as the script starts: a page needs one or two.
  const tables: Record<Words<S>, string>[] = [];
  return (language) => {
    if (!tables[language]) {
      const parts = [en, uk, ru][language]!.split('|');
      tables[language] = Object.fromEntries(keys.split(' ').map((key, index) => [key, parts[index]])) as Record<Words<S>, string>;
    }
    return tables[language];
  };
}

/** Which table a locale reads: 1 for Ukrainian, 2 for Russian, 0 (English) for every other language. */
export function messageLanguage(locale: string): number {
  return ['uk', 'ru'].indexOf(locale.toLowerCase().split(/[-_]/)[0]!) + 1;
}

/** The messages of `table` in the locale's language: uk, ru, or English for every other language. */
export function textOf<K extends string>(table: Messages<K>, locale: string): Record<K, string> {
  return table(messageLanguage(locale));
}
