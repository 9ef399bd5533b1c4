import { SOURCE_CHANGE_EVENT } from '../../core/feed-controller.js';

const observed = ['src', 'proxy', 'refresh'] as const;

/**
 * `<strichka-feed>`: shows nothing; names a feed once so several elements can share it with
 * `feed="<id>"`. Its attributes are read by the elements that point at it.
 *
 * @attr src - URL of the feed.
 * @attr proxy - A proxy URL template with `{url}`, for feeds that send no CORS headers.
 * @attr refresh - Seconds between polls (at least 30; default 300).
 */
export class StrichkaFeed extends HTMLElement {
  static get observedAttributes(): readonly string[] {
    return observed;
  }

  /** URL of the feed. */
  get src(): string {
    return this.getAttribute('src') ?? '';
  }
  set src(value: string) {
    this.setAttribute('src', value);
  }

  connectedCallback(): void {
    this.hidden = true;
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    // Elements that point here re-read the attributes; the event stays in this tree.
    if (before !== after && this.isConnected) this.dispatchEvent(new Event(SOURCE_CHANGE_EVENT, { bubbles: true }));
  }
}
