import { frameRule, type BoxSelectors } from '../../core/box-rules.js';

// A line of a cloud is as tall as its largest tag (--strichka-tag-max-size, 1.6em, at line height
// 1.25) and never under 24px, the least target size; an inline list's line is 1.4em, also 24px at
// least; lines are half a space apart in a cloud.
const SPACE = 'var(--strichka-space,.5rem)';
const CLOUD_LINE = 'max(24px,var(--strichka-tag-max-size,1.6em) * 1.25)';

/**
 * The tag cloud's box, the same before and after it is defined: `--strichka-tag-cloud-lines` lines
 * of tags (3 in a cloud, 1 in the inline variant). Tags come most stories first (in a cloud), and
 * those that do not fit are hidden; a "clear" button or a note takes a line from the tags.
 */
export function tagCloudBox(box: BoxSelectors): string {
  return `${box.host()}{font-size:var(--strichka-font-size,1rem);line-height:1.4}
${frameRule(box)}
${box.frame()}{--_box:calc(var(--strichka-tag-cloud-lines,3) * (${CLOUD_LINE} + ${SPACE} / 2) - ${SPACE} / 2)}
${box.frame('[variant="inline"]')}{--_box:calc(var(--strichka-tag-cloud-lines,1) * max(24px,1.4em))}`;
}
