import type { BoxSelectors } from '../../core/box-rules.js';

/**
 * The switcher's box, the same height before and after it is defined: one row of languages, a
 * line and a space tall (24px at least, the least target size), centred on the line it sits in.
 * Its width follows the labels, which only the element knows: a header that must not move gives
 * it the room (a flex item at the end, or fallback links with the same labels).
 */
export function languageSwitcherBox(box: BoxSelectors): string {
  return `${box.host()}{display:inline-block;vertical-align:middle;font-size:var(--strichka-font-size,1rem);line-height:1.4;block-size:max(24px,1.4em + var(--strichka-space,.5rem))}`;
}
