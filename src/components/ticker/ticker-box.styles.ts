import { countRules, frameRule, type BoxSelectors } from '../../core/box-rules.js';

// Lengths of the ticker's pieces (ticker.styles.ts): the line box is 1.4em; the heading's
// 0.85em text takes 1.19em and a space below it; a row adds 1.5 spaces of padding and a 1px rule;
// "All news" 0.875em (1.225em) a space below the rows; the marquee's strip is 2em (its pause button).
const SPACE = 'var(--strichka-space,.5rem)';
const HEADING = `1.19em + ${SPACE}`;
const STRIP = '2em';

/**
 * The ticker's box, the same before and after it is defined: a list reserves `limit` rows (10) of
 * as many lines as a headline takes on average at its width, and the "All news" line with
 * `more-href`; a marquee one strip beside its heading (under it when narrower than 30em), or three
 * lines of still headlines under reduced motion. What does not fit is hidden, never grown into.
 */
export function tickerBox(box: BoxSelectors): string {
  const marquee = box.frame('[mode="marquee"]');
  const lines = (count: number) => `${box.frame()}{--_lines:${count}}`;
  return `${box.host()}{container-type:inline-size;font-size:var(--strichka-font-size,1rem);line-height:1.4;--_rows:10;--_foot:0px}
${countRules(box, 'limit', '--_rows')}
${box.host('[more-href]')}{--_foot:calc(${SPACE} + 1.225em)}
${frameRule(box)}
${box.frame()}{--_lines:3;--_box:calc(${HEADING} + var(--_rows) * (var(--_lines) * 1.4em + 1.5 * ${SPACE} + 1px) + var(--_foot))}
@container (width>=19em){${lines(2.5)}}
@container (width>=23em){${lines(2)}}
@container (width>=33em){${lines(1.5)}}
@container (width>=40em){${lines(1)}}
${marquee}{--_box:calc(${HEADING} + ${STRIP})}
@container (width>=30em){${marquee}{--_box:${STRIP}}}
@media (prefers-reduced-motion:reduce){${marquee}{--_box:calc(${HEADING} + 4.2em + ${SPACE} + .5em)}}`;
}
