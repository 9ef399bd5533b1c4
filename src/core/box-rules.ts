/**
 * Where a box rule applies: the host's own rule (`:host`, or `strichka-x:not(:defined)` in the page's
 * stylesheet before the element is defined) for an attribute selector, and the frame that holds the
 * reserved block size (an element of the shadow root, or the host's `::before` before then).
 */
export interface BoxSelectors {
  /** The host, narrowed by an attribute selector such as `[limit="5"]` (empty: any). */
  host(attributes?: string): string;
  /** The frame of a host so narrowed: the box that takes the reserved block size (`--_box`), inside the host's container. */
  frame(attributes?: string): string;
  /** True where numbers come from attribute selectors (the page); an element sets them itself. */
  counts: boolean;
}

/** The largest integer attribute value a box rule reserves for; above it, the default holds until upgrade. */
const BOX_MAX_COUNT = 20;

/**
 * The frame's rule that every element shares: its block size is `--_box`, which the element's box
 * rules compute from attributes and the container's inline size.
 */
export const frameRule = (box: BoxSelectors): string => `${box.frame()}{display:block;block-size:var(--_box)}`;

/** One rule a value, `[name="1"] { --prop: 1 }` to `[name="max"]`: CSS cannot read a number from an attribute everywhere yet. */
export function countRules(box: BoxSelectors, name: string, property: string, max = BOX_MAX_COUNT): string {
  let rules = '';
  for (let value = 1; box.counts && value <= max; value++) rules += `${box.host(`[${name}="${value}"]`)}{${property}:${value}}`;
  return rules;
}

/** The box rules inside an element's shadow root: the host, and its `.frame`. */
export const shadowBox: BoxSelectors = {
  host: (attributes = '') => (attributes ? `:host(${attributes})` : ':host'),
  frame: (attributes = '') => (attributes ? `:host(${attributes}) .frame` : '.frame'),
  counts: false,
};

/**
 * The box rules of the page's stylesheet for `tag` before it is defined: the host, and its
 * `::before`, a float as tall as the reserved box beside the fallback content, so the host is as
 * tall as the larger of the two, as the defined element's frame is.
 */
export function pageBox(tag: string): BoxSelectors {
  const host = (attributes = '') => `${tag}${attributes}:not(:defined)`;
  return { host, frame: (attributes) => `${host(attributes)}::before`, counts: true };
}
