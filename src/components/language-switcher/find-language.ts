/** The language of a code without region or script (`uk-UA` → `uk`), lower-cased. */
export function primaryLanguage(code: string): string {
  return code.toLowerCase().split('-')[0]!;
}

/**
 * The entry for `tag` in `languages`: the same code (any case), else the first of the same
 * language (`uk` finds `uk-UA`, and `uk-UA` finds `uk`).
 */
export function findLanguage<T extends { code: string }>(languages: T[], tag: string): T | undefined {
  const wanted = tag.toLowerCase();
  return languages.find((each) => each.code.toLowerCase() == wanted) ?? languages.find((each) => primaryLanguage(each.code) == primaryLanguage(wanted));
}
