/** The page's own bottom padding, kept while a bottom banner pads the body. */
let reserved: { owner: object; inline: string; base: number } | undefined;

/**
 * Pads the bottom of `document.body` by `height` on top of its own padding, so nothing of the page
 * stays under a bottom bar (and nothing above it moves). A second banner taking over keeps the
 * page's own padding remembered. Called once layout is done (from a ResizeObserver), where
 * reading the body's computed padding forces no extra work.
 */
export function padBody(owner: object, height: number): void {
  const { style } = document.body;
  reserved = reserved ? { ...reserved, owner } : { owner, inline: style.paddingBottom, base: parseFloat(getComputedStyle(document.body).paddingBottom) || 0 };
  style.paddingBottom = `${reserved.base + height}px`;
}

/** Gives the body its own padding back, unless another banner has taken over the padding. */
export function unpadBody(owner: object): void {
  if (reserved?.owner !== owner) return;
  document.body.style.paddingBottom = reserved.inline;
  reserved = undefined;
}
