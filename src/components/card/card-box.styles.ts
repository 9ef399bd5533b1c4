import { countRules, frameRule, type BoxSelectors } from '../../core/box-rules.js';

// Lengths of the card's pieces (card.styles.ts): the title's two lines of 1.25em text at line
// height 1.3 take 3.25em (2.6em in a compact card's 1em text); the meta line and the tags' line
// are 0.875em text (1.225em each); a summary line 1.4em; gaps are a space and half spaces.
const SPACE = 'var(--strichka-space,.5rem)';
const RATIO = 'var(--strichka-card-image-ratio,16 / 9)';
const TEXT = `3.25em + 1.5 * ${SPACE} + 2.45em + var(--_lines) * 1.4em`;

/**
 * The card's box, the same before and after it is defined: the image box at the width's ratio
 * (`--strichka-card-image-ratio`, the item's own image is cropped to it), two lines of title, the
 * meta line, `lines` of summary (3) and a line of tags; a horizontal card (30rem and wider) is as
 * tall as the larger of its image and its text, a compact one has title, meta and tags. Within
 * it, the summary gives up lines for a longer title or a note, and tags that do not fit are hidden.
 */
export function cardBox(box: BoxSelectors): string {
  return `${box.host()}{container-type:inline-size;font-size:var(--strichka-font-size,1rem);line-height:1.4;--_lines:3}
${countRules(box, 'lines', '--_lines', 12)}
${frameRule(box)}
${box.frame()}{--_box:calc(100cqi / (${RATIO}) + ${SPACE} + ${TEXT})}
@container (width>30rem){${box.frame('[layout="horizontal"]')}{--_box:max((100cqi - 2 * ${SPACE}) * .4 / (${RATIO}),${TEXT})}}
${box.frame('[layout="compact"]')}{--_box:calc(2.6em + ${SPACE} + 2.45em)}`;
}
