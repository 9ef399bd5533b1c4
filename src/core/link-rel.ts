import { nothing } from 'lit';

/** Link targets that stay in the same browsing context, so the opened page gets no `window.opener` anyway. */
const SAME_CONTEXT = /^_(self|parent|top)$/i;

/** The `rel` of a link opened in `target`: `noopener` when it opens a new context, else none. */
export function linkRel(target: string | undefined): 'noopener' | typeof nothing {
  return target && !SAME_CONTEXT.test(target) ? 'noopener' : nothing;
}
