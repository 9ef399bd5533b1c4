import { messages } from '../../i18n/messages.js';

/**
 * The ticker's own text: `recentNews`, its heading; `allNews`, the link to the publisher's full
 * list; `newStories`, the polite announcement of items a refresh brought; `showNew`, the button
 * that shows items held back while the reader hovers or focuses the rows; `pause` and `play`, the
 * marquee's control while it moves and while it is paused.
 */
export const tickerStrings = messages(
  'recentNews allNews newStories showNew pause play',
  'Recent news|All news|{n} new story/{n} new stories|{n} new|Pause news ticker|Play news ticker',
  'Останні новини|Усі новини|{n} нова новина/{n} нові новини/{n} нових новин/{n} нової новини|{n} нова/{n} нові/{n} нових/{n} нової|Зупинити стрічку|Запустити стрічку',
  'Последние новости|Все новости|{n} новая новость/{n} новые новости/{n} новых новостей/{n} новой новости|{n} новая/{n} новые/{n} новых/{n} новой|Остановить ленту|Запустить ленту',
);
