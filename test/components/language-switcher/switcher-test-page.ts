import type { StrichkaLanguageSwitcher } from '../../../src/language-switcher.js';

/** The switcher's pieces with this part (space-separated parts match one by one). */
export function parts(el: StrichkaLanguageSwitcher, part: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~=${part}]`)];
}

/** The visible text of each language entry (link, button or unavailable), without hidden notes. */
export function labels(el: StrichkaLanguageSwitcher): string[] {
  return parts(el, 'item').map((item) => {
    const entry = item.firstElementChild!;
    return entry.textContent!.replace(entry.querySelector('.visually-hidden')?.textContent ?? '', '').trim();
  });
}

/** Adds `<link rel="alternate" hreflang href>` elements to the head; returns a function removing them. */
export function addAlternates(alternates: Record<string, string>): () => void {
  const added = Object.entries(alternates).map(([hreflang, href]) => Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href }));
  document.head.append(...added);
  return () => added.forEach((link) => link.remove());
}

/**
 * Stops every link activation from leaving the test page (after the switcher has seen it), and
 * records whether it was already cancelled when it reached the document.
 */
export function holdNavigation(): { cancelledBefore: boolean[]; release(): void } {
  const cancelledBefore: boolean[] = [];
  const stop = (event: Event) => {
    cancelledBefore.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', stop);
  return { cancelledBefore, release: () => document.removeEventListener('click', stop) };
}
