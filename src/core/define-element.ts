/**
 * Registers `ctor` as `tagName` unless that name (or that class) is registered already:
 * defining twice, or loading two bundles, is a no-op, never an exception.
 */
export function defineElement(tagName: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tagName) || registry.getName?.(ctor)) return;
  registry.define(tagName, ctor);
}

/** The page's tags that a script registers in tasks to come (shared by every bundle on the page). */
export function definingLater(): Set<string> {
  return ((globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('strichka.defining')] ??= new Set());
}
