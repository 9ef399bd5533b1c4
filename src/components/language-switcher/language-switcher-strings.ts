import { messages } from '../../i18n/messages.js';

/**
 * The language switcher's text: `language`, the accessible name of its navigation;
 * `noTranslation`, said of a language that has no translation of this page.
 */
export const languageSwitcherStrings = messages(
  'language noTranslation',
  'Language|no translation of this page',
  'Мова|цієї сторінки немає цією мовою',
  'Язык|этой страницы нет на этом языке',
);
