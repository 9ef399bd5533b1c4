import { emulateMedia as runnerEmulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { canEmulateMedia, engine } from './engine.js';

// The runner's setViewport has no WebDriver (WebKit) implementation, and its sendKeys neither
// holds keys down through WebDriver nor knows 'Space' in Firefox: these commands have one per
// engine (test/server/engine-commands-plugin.mjs).

/** Sets the page's viewport (the window's inner size) in CSS px. */
export const setViewport = (size: { width: number; height: number }): Promise<unknown> => executeServerCommand('strichka-set-viewport', size);

/**
 * Saves a picture of the element matching `selector` (in the test page, not in a frame) as
 * test-results/screenshots/<engine>/<name>.png; resolves to the picture's size in pixels.
 */
export const screenshot = (selector: string, name: string): Promise<{ width: number; height: number; path: string }> =>
  executeServerCommand('strichka-screenshot', { selector, name });

/** One key by its name ('Tab', 'Enter', 'Space', 'Escape', 'Shift', 'ArrowLeft', …): pressed, or held down, or let go. */
export type KeyAction = { press: string } | { down: string } | { up: string };

/** Sends a key as the reader's keyboard would, to the focused element. */
export const sendKeys = (action: KeyAction): Promise<unknown> => executeServerCommand('strichka-send-keys', action);

/**
 * The runner's emulateMedia where the engine's driver can emulate media (Chromium); elsewhere
 * only the defaults (light, no reduced motion), which the page has already, so that a test's
 * clean-up runs in every engine. Tests that need another value: itWithMediaEmulation.
 */
export async function emulateMedia(features: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' }): Promise<void> {
  if (canEmulateMedia) await runnerEmulateMedia(features);
  else if (features.colorScheme == 'dark' || features.reducedMotion == 'reduce') throw new Error(`${engine}'s driver cannot emulate ${JSON.stringify(features)}`);
}
