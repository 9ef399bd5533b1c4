/** Dispatches a `strichka-*` event on `target` that bubbles and crosses shadow roots; returns false when a listener cancelled it. */
export function emitEvent<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
