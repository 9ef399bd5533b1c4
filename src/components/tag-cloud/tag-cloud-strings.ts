import { messages } from '../../i18n/messages.js';

/**
 * The tag cloud's own text: `tagCount`, a tag's count of stories, for screen readers (and shown
 * with `show-counts`); `allTopics`, the control that clears the filter of a ticker.
 */
export const tagCloudStrings = messages(
  'tagCount allTopics',
  '{n} story/{n} stories|All topics',
  '{n} новина/{n} новини/{n} новин/{n} новини|Усі теми',
  '{n} новость/{n} новости/{n} новостей/{n} новости|Все темы',
);
