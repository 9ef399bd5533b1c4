// The runner's emulateMedia passes only colour scheme and reduced motion to puppeteer, whose
// emulateMediaFeatures rejects forced-colors: this command sets it through the DevTools protocol.
// Tests call it with `executeServerCommand('emulate-forced-colors', 'active' | 'none')`.

// Chromium drops a session's emulation when the session detaches: one session per page, kept.
const sessions = new WeakMap();

/** A @web/test-runner plugin with the `emulate-forced-colors` command. */
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command != 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: String(payload) }] });
      return true;
    },
  };
}
