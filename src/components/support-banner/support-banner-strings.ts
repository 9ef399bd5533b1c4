import { messages } from '../../i18n/messages.js';

/**
 * The support banner's text: `supportUs`, its default heading, its call to action and the link
 * left after dismissal; `supportMessage`, its default message; `close`, the accessible name of
 * the close button; `raisedOfGoal`, the goal bar's text (`{raised}` and `{goal}`: formatted amounts).
 */
export const supportBannerStrings = messages(
  'supportUs supportMessage close raisedOfGoal',
  'Support us|Independent journalism depends on its readers. If you value our work, please support it.|Close|{raised} raised of {goal}',
  'Підтримати нас|Незалежна журналістика тримається на читачах. Якщо ви цінуєте нашу роботу, підтримайте її.|Закрити|Зібрано {raised} з {goal}',
  'Поддержать нас|Независимая журналистика держится на читателях. Если вы цените нашу работу, поддержите её.|Закрыть|Собрано {raised} из {goal}',
);
