/**
 * The text of `strichka.css`, the page's stylesheet that reserves every element's box before its
 * script has defined it (from the same rules the elements use inside), so the page never moves when
 * they upgrade. Written by the build; not part of any script.
 */
import { pageBox, type BoxSelectors } from './core/box-rules.js';
import { cardBox } from './components/card/card-box.styles.js';
import { languageSwitcherBox } from './components/language-switcher/language-switcher-box.styles.js';
import { tagCloudBox } from './components/tag-cloud/tag-cloud-box.styles.js';
import { tickerBox } from './components/ticker/ticker-box.styles.js';

type BoxRules = (box: BoxSelectors) => string;

/** The box rules of each element that reserves one, by tag. */
const boxes: Record<string, BoxRules> = {
  'strichka-ticker': tickerBox,
  'strichka-card': cardBox,
  'strichka-tag-cloud': tagCloudBox,
  'strichka-language-switcher': languageSwitcherBox,
};

/**
 * Every box rule, for the page: under `scripting: enabled` only, since without JavaScript the
 * fallback content is all there is and keeps its own size.
 */
export function pageBoxes(): string {
  const rules = Object.entries(boxes).map(([tag, rules]) => rules(pageBox(tag)));
  return `@media (scripting:enabled){\n${rules.join('\n')}\n}\n`;
}
