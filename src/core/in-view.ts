/** Called with true when the element comes into the viewport, false when it leaves. */
type InViewCallback = (inView: boolean) => void;

const callbacks = new WeakMap<Element, InViewCallback>();
let observer: IntersectionObserver | undefined;

/**
 * Tells `callback` whether `element` is in the viewport, now (asynchronously) and on every change,
 * until the returned function is called. One IntersectionObserver serves the whole page: it reads
 * no layout on the main thread.
 */
export function watchInView(element: Element, callback: InViewCallback): () => void {
  observer ??= new IntersectionObserver((entries) => entries.forEach((entry) => callbacks.get(entry.target)?.(entry.isIntersecting)));
  callbacks.set(element, callback);
  observer.observe(element);
  return () => {
    observer!.unobserve(element);
    callbacks.delete(element);
  };
}

/**
 * Resolves when `element` comes within a viewport's height of the viewport: an element far down
 * a long page does its work (first render, fetch) only when a reader may scroll to it soon, not
 * while the page starts. In a hidden page, which lays nothing out, at once.
 */
export function nearViewport(element: Element): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState == 'hidden') return resolve();
    new IntersectionObserver(
      (entries, observer) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { root: document, rootMargin: '100% 0px' },
    ).observe(element);
  });
}
