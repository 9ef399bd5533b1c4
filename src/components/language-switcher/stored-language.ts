/** The localStorage key of the reader's choice of language. */
const KEY = 'strichka:language';

/** The language the reader chose last, or null when there is none or storage is blocked. */
export function storedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    // Blocked storage (a SecurityError on access): no remembered choice.
    return null;
  }
}

/** Remembers the reader's choice; a blocked or full storage only means it is not remembered. */
export function storeLanguage(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Remembering is a bonus.
  }
}
