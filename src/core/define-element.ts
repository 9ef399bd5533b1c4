import type { CSSResult, ReactiveElement } from 'lit';
import { afterNextPaint, nextTurn } from './turns.js';

/**
 * Registers `ctor` as `tagName` unless that name (or that class) is registered already:
 * defining twice, or loading two bundles, is a no-op, never an exception. Registering upgrades
 * every element of the tag on the page in that task, so where the page has some it waits for the
 * next paint (a page's first paint never waits for an upgrade) and a turn of its own (`nextTurn`):
 * a bundle of six elements makes six short tasks, not one long one.
 * `customElements.whenDefined(tagName)` tells when it is registered.
 */
export function defineElement(tagName: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const coming = definingLater();
  const free = () => !(registry.get(tagName) || registry.getName?.(ctor));
  if (!registry || !free() || coming.has(tagName)) return;
  if (!globalThis.document?.querySelector(tagName)) return registry.define(tagName, ctor);
  coming.add(tagName);
  afterNextPaint()
    .then(nextTurn)
    .then(() => parseStyles(ctor))
    .then(nextTurn)
    .then(() => {
      if (coming.delete(tagName) && free()) {
        registry.define(tagName, ctor);
        // WebKit's engine names its vendor so (the HTML standard keeps the value for compatibility).
        if (navigator.vendor[0] == 'A') resizeReserves(tagName);
      }
    });
}

/**
 * WebKit sizes the `::before` that reserves an upgraded element's box as if the element were no
 * container (container units and queries read the viewport) when the element was a container
 * before its upgrade (the page's box rules make it one) and its shadow root has not changed
 * since: the box is wrong until the first render (a card 270 px too tall, a marquee 27 px).
 * A style pass, then an element added to each new shadow root (and taken out in the next frame),
 * has the reserve sized again. Only WebKit runs it: elsewhere the forced style pass would lengthen
 * each registration's task (1–16 ms at 4× CPU) for work the next frame does anyway.
 */
function resizeReserves(tagName: string): void {
  const upgraded = document.querySelectorAll(tagName);
  // Reading a computed style is the style pass.
  if (!upgraded[0] || !getComputedStyle(upgraded[0]).display) return;
  const nudges = [...upgraded].flatMap((element) => element.shadowRoot?.appendChild(document.createElement('span')) ?? []);
  requestAnimationFrame(() => nudges.forEach((nudge) => nudge.remove()));
}

/**
 * Parses a lit element's stylesheets, which its first upgrade would otherwise do in the upgrade's
 * task (the ticker's: ~15 ms at 4× CPU). Reading `observedAttributes` finalizes the class, as
 * registering it would.
 */
function parseStyles(ctor: CustomElementConstructor): void {
  const { observedAttributes, elementStyles = [] } = ctor as Partial<typeof ReactiveElement>;
  if (observedAttributes) elementStyles.forEach((style) => (style as CSSResult).styleSheet);
}

/** The page's tags that a script registers in tasks to come (shared by every bundle on the page). */
export function definingLater(): Set<string> {
  return ((globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('strichka.defining')] ??= new Set());
}
