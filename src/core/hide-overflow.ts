/**
 * Marks each of `children` but the first that ends below the bottom of `box` (their offset parent)
 * with `data-clipped`, which the styles hide, also from Tab and screen readers: a box of fixed size
 * shows what fits whole and never grows. The first always shows, cut if it must be (text at 200%
 * in a small box): something rather than nothing. Call it after layout (a ResizeObserver callback), where
 * reading geometry forces nothing; every read comes before the first write.
 */
export function hideOverflow(box: HTMLElement, children: Iterable<HTMLElement>): void {
  const bottom = box.clientHeight + 1;
  const rows = [...children];
  const clipped = rows.map((row, index) => index > 0 && row.offsetTop + row.offsetHeight > bottom);
  // Written only where it changes: a write makes the next element's reads recompute style.
  rows.forEach((row, index) => row.hasAttribute('data-clipped') != clipped[index] && row.toggleAttribute('data-clipped', clipped[index]));
}
