import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Calls `fit` after layout whenever an element of the host's shadow root that `selector` matches
 * changes size, and once after each update: the ResizeObserver reports after layout, so what `fit`
 * reads forces nothing and what it writes shows in the same frame. Used to fit content to a box
 * that never grows.
 */
export class FitController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #selector: string;
  readonly #observer: ResizeObserver;

  constructor(host: ReactiveElement, selector: string, fit: ResizeObserverCallback) {
    this.#host = host;
    this.#selector = selector;
    this.#observer = new ResizeObserver(fit);
    host.addController(this);
  }

  hostUpdated(): void {
    // Observing again starts with a notification: the rendered content may have changed, not its size.
    this.#observer.disconnect();
    for (const each of this.#host.renderRoot.querySelectorAll(this.#selector)) this.#observer.observe(each);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
