import { messages } from './messages.js';

/**
 * The text several elements share: `loading`, the accessible name of a loading skeleton;
 * `error`, shown when the feed failed and there is nothing to show instead; `asOf`, the note on
 * a stale copy (`{time}`: the time of that copy); `updated`, the marker of an item changed after
 * publication; `tags`, the accessible name of a card's list of tags and of a tag cloud.
 */
export const commonStrings = messages(
  'loading error asOf updated tags',
  'Loading news…|News could not be loaded|as of {time}|updated|Tags',
  'Завантаження новин…|Не вдалося завантажити новини|станом на {time}|оновлено|Теги',
  'Загрузка новостей…|Не удалось загрузить новости|по состоянию на {time}|обновлено|Теги',
);
