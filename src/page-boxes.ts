/**
 * The text of `strichka.css`, the page's stylesheet that reserves every element's box before its
 * script has defined it (from the same rules the elements use inside), so the page never moves when
 * they upgrade. Written by the build; not part of any script.
 */
import { pageBox } from './core/box-rules.js';
import { cardBox } from './components/card/card-box.styles.js';
import { tagCloudBox } from './components/tag-cloud/tag-cloud-box.styles.js';
import { tickerBox } from './components/ticker/ticker-box.styles.js';

/** The box rules of each element that reserves one, by tag. */
const boxes: Record<string, typeof tickerBox> = {
  'strichka-ticker': tickerBox,
  'strichka-card': cardBox,
  'strichka-tag-cloud': tagCloudBox,
};

/**
 * Every box rule, for the page: under `scripting: enabled` only, since without JavaScript the
 * fallback content is all there is and keeps its own size.
 */
export function pageBoxes(): string {
  const tags = Object.keys(boxes);
  const hosts = tags.map((tag) => pageBox(tag).host()).join();
  const floats = tags.map((tag) => pageBox(tag).frame()).join();
  const rules = tags.map((tag) => boxes[tag]!(pageBox(tag))).join('\n');
  return `@media (scripting:enabled){\n${rules}\n${hosts}{display:flow-root}\n${floats}{content:'';float:left;inline-size:0}\n}\n`;
}
