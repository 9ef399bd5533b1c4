/**
 * Where a box rule applies. The host is `:host` inside the element, or `strichka-x:not(:defined)`
 * in the page's stylesheet before the element is defined. In both, the host's `::before` floats as
 * tall as the box (`--_box`) beside whatever the host shows, so the host is never shorter than its
 * box: before it is defined, between its upgrade and its first render, in every state after.
 */
export interface BoxSelectors {
  /** The host, narrowed by an attribute selector such as `[limit="5"]` (empty: any). */
  host(attributes?: string): string;
  /**
   * Where `--_box` is computed (inside the host's container) and taken as the block size, for a host
   * so narrowed: its `::before`, and inside the shadow root the `.frame` that holds the content.
   */
  frame(attributes?: string): string;
  /** The host's `::before`. */
  reserve: string;
}

/** The largest integer attribute value a box rule reserves for; above it, the default holds. */
const BOX_MAX_COUNT = 20;

/**
 * The rules every box shares: the host contains its float, the `::before` float of no width, and
 * the frames' block size `--_box`, which the element's box rules compute from attributes and the
 * container's inline size.
 */
export const frameRule = (box: BoxSelectors): string =>
  `${box.host()}{display:flow-root}${box.reserve}{content:'';float:left;inline-size:0}${box.frame()}{block-size:var(--_box)}`;

/**
 * One rule a value, `[name="1"] { --prop: 1 }` to `[name="max"]`: CSS cannot read a number from an
 * attribute everywhere yet, and the host's `::before` needs the number before any script runs.
 */
export function countRules(box: BoxSelectors, name: string, property: string, max = BOX_MAX_COUNT): string {
  let rules = '';
  for (let value = 1; value <= max; value++) rules += `${box.host(`[${name}="${value}"]`)}{${property}:${value}}`;
  return rules;
}

/** The box rules inside an element's shadow root: the host, its `::before` and its `.frame`. */
export const shadowBox: BoxSelectors = {
  host: (attributes = '') => (attributes ? `:host(${attributes})` : ':host'),
  frame: (attributes = '') => (attributes ? `:host(${attributes})::before,:host(${attributes}) .frame` : ':host::before,.frame'),
  reserve: ':host::before',
};

/** The box rules of the page's stylesheet for `tag` before it is defined: the host and its `::before`. */
export function pageBox(tag: string): BoxSelectors {
  const host = (attributes = '') => `${tag}${attributes}:not(:defined)`;
  const frame = (attributes?: string) => `${host(attributes)}::before`;
  return { host, frame, reserve: frame() };
}
