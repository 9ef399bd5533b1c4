/**
 * A keeper of the last value `make` made, made again only when an input differs (by identity) from
 * the last time's. A re-render that changes none of a part's inputs (the marquee paused, a row
 * focused) skips the part's work, and lit, handed the same template result, skips its DOM.
 */
export function reuseWhileSame<T>(): (inputs: readonly unknown[], make: () => T) => T {
  let last: readonly unknown[] | undefined;
  let value: T;
  return (inputs, make) => {
    if (!last || inputs.some((input, index) => input !== last![index])) {
      last = inputs;
      value = make();
    }
    return value;
  };
}
