/** The engine this test page runs in (scripts/test-engines.mjs runs each in turn). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
export const engine: Engine = agent.includes('Firefox/') ? 'firefox' : agent.includes('Chrome/') ? 'chromium' : 'webkit';

/**
 * Media emulation (prefers-color-scheme, prefers-reduced-motion, forced-colors) reaches a page
 * only through Chromium's DevTools protocol: Firefox's WebDriver BiDi and WebKit's WebDriver
 * have no command for it (tried: emulation.* in Firefox ESR 153).
 */
export const canEmulateMedia = engine == 'chromium';

/** A test that emulates media: defined in Chromium only, for the reason above; elsewhere not listed at all. */
export function itWithMediaEmulation(title: string, test: (this: Mocha.Context) => Promise<unknown>): void {
  itInEngines(['chromium'], title, test);
}

/** A test defined only in `engines` (elsewhere not listed at all); the call site says in one line why. */
export function itInEngines(engines: Engine[], title: string, test: (this: Mocha.Context) => Promise<unknown>): void {
  if (engines.includes(engine)) it(title, test);
}
