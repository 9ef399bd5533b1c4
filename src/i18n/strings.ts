/** A count-dependent message: one form per `Intl.PluralRules` category, `{n}` standing for the count; `other` is required. */
export type PluralMessage = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

/** The built-in text of the elements in one language. */
export interface Strings {
  /** The ticker's heading. */
  recentNews: string;
  /** The link to the publisher's full list (`more-href`). */
  allNews: string;
  /** The marker of an item changed after publication. */
  updated: string;
  /** The polite announcement of items that arrived with a refresh. */
  newStories: PluralMessage;
  /** The button that shows items held back while the reader hovers or focuses the list. */
  showNew: PluralMessage;
  /** The marquee's control while it moves. */
  pause: string;
  /** The marquee's control while it is paused. */
  play: string;
  /** The note on a stale copy; `{time}` stands for the time of that copy. */
  asOf: string;
  /** The accessible name of the loading skeleton. */
  loading: string;
  /** Shown when the feed failed and there is nothing to show instead. */
  error: string;
  /** The accessible name of a card's list of tags, and of a tag cloud. */
  tags: string;
  /** A tag's count of stories, for screen readers (and shown with `show-counts`). */
  tagCount: PluralMessage;
  /** The control that clears a tag cloud's filter of a ticker. */
  allTopics: string;
  /** The accessible name of the language switcher's navigation. */
  language: string;
  /** Said of a language that has no translation of this page. */
  noTranslation: string;
  /** The support banner's default heading, and its call to action and the link left after dismissal. */
  supportUs: string;
  /** The support banner's default message. */
  supportMessage: string;
  /** The accessible name of the support banner's close button. */
  close: string;
  /** The goal bar's text; `{raised}` and `{goal}` are formatted amounts. */
  raisedOfGoal: string;
}

const en: Strings = {
  recentNews: 'Recent news',
  allNews: 'All news',
  updated: 'updated',
  newStories: { one: '{n} new story', other: '{n} new stories' },
  showNew: { other: '{n} new' },
  pause: 'Pause news ticker',
  play: 'Play news ticker',
  asOf: 'as of {time}',
  loading: 'Loading news…',
  error: 'News could not be loaded',
  tags: 'Tags',
  tagCount: { one: '{n} story', other: '{n} stories' },
  allTopics: 'All topics',
  language: 'Language',
  noTranslation: 'no translation of this page',
  supportUs: 'Support us',
  supportMessage: 'Independent journalism depends on its readers. If you value our work, please support it.',
  close: 'Close',
  raisedOfGoal: '{raised} raised of {goal}',
};

// `other` of uk and ru is the form for fractions (genitive singular); whole counts use one/few/many.
const uk: Strings = {
  recentNews: 'Останні новини',
  allNews: 'Усі новини',
  updated: 'оновлено',
  newStories: { one: '{n} нова новина', few: '{n} нові новини', many: '{n} нових новин', other: '{n} нової новини' },
  showNew: { one: '{n} нова', few: '{n} нові', many: '{n} нових', other: '{n} нової' },
  pause: 'Зупинити стрічку',
  play: 'Запустити стрічку',
  asOf: 'станом на {time}',
  loading: 'Завантаження новин…',
  error: 'Не вдалося завантажити новини',
  tags: 'Теги',
  tagCount: { one: '{n} новина', few: '{n} новини', many: '{n} новин', other: '{n} новини' },
  allTopics: 'Усі теми',
  language: 'Мова',
  noTranslation: 'цієї сторінки немає цією мовою',
  supportUs: 'Підтримати нас',
  supportMessage: 'Незалежна журналістика тримається на читачах. Якщо ви цінуєте нашу роботу, підтримайте її.',
  close: 'Закрити',
  raisedOfGoal: 'Зібрано {raised} з {goal}',
};

const ru: Strings = {
  recentNews: 'Последние новости',
  allNews: 'Все новости',
  updated: 'обновлено',
  newStories: { one: '{n} новая новость', few: '{n} новые новости', many: '{n} новых новостей', other: '{n} новой новости' },
  showNew: { one: '{n} новая', few: '{n} новые', many: '{n} новых', other: '{n} новой' },
  pause: 'Остановить ленту',
  play: 'Запустить ленту',
  asOf: 'по состоянию на {time}',
  loading: 'Загрузка новостей…',
  error: 'Не удалось загрузить новости',
  tags: 'Теги',
  tagCount: { one: '{n} новость', few: '{n} новости', many: '{n} новостей', other: '{n} новости' },
  allTopics: 'Все темы',
  language: 'Язык',
  noTranslation: 'этой страницы нет на этом языке',
  supportUs: 'Поддержать нас',
  supportMessage: 'Независимая журналистика держится на читателях. Если вы цените нашу работу, поддержите её.',
  close: 'Закрыть',
  raisedOfGoal: 'Собрано {raised} из {goal}',
};

/** The built-in strings for a locale's language: uk, ru, or English for every other language. */
export function strings(locale: string): Strings {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'uk' ? uk : language === 'ru' ? ru : en;
}
