/** Fills localStorage until even a small write fails; returns the keys to remove afterwards. */
export function fillStorage(): string[] {
  const keys: string[] = [];
  for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8]) {
    for (;;) {
      const key = `filler:${Date.now()}:${keys.length}`;
      try {
        localStorage.setItem(key, 'x'.repeat(size));
        keys.push(key);
      } catch {
        break;
      }
    }
  }
  return keys;
}

/** Makes every access to window.localStorage throw, as in a sandboxed iframe; returns the undo. */
export function blockStorage(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
  return () => (own ? Object.defineProperty(window, 'localStorage', own) : delete (window as { localStorage?: Storage }).localStorage);
}
