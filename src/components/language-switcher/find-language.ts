import { primaryLanguage } from '../../i18n/language-name.js';

/**
 * The entry for `tag` in `languages`: the same code (any case), else the first of the same
 * language (`uk` finds `uk-UA`, and `uk-UA` finds `uk`).
 */
export function findLanguage<T extends { code: string }>(languages: T[], tag: string): T | undefined {
  const wanted = tag.toLowerCase();
  return languages.find((each) => each.code.toLowerCase() == wanted) ?? languages.find((each) => primaryLanguage(each.code) == primaryLanguage(wanted));
}
