import { SOURCE_CHANGE_EVENT } from '../../core/feed-controller.js';

// Server rendering (Node) imports the entries too, where there is no HTMLElement: lit's node build
// shims it for the lit elements, this stand-in does it for this one.
const ElementBase = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);

/**
 * `<strichka-feed>`: shows nothing; names a feed once so several elements can share it with
 * `feed="<id>"`. Its attributes are read by the elements that point at it.
 *
 * @attr id - The name the other elements give in their `feed` attribute.
 * @attr src - URL of the feed.
 * @attr proxy - A proxy URL template with `{url}`, for feeds that send no CORS headers.
 * @attr refresh - Seconds between polls (at least 30; default 300).
 *
 * @fires strichka-source-change - Connected, or an attribute changed: the elements that point here read it again.
 */
export class StrichkaFeed extends ElementBase {
  static observedAttributes = ['id', 'src', 'proxy', 'refresh'];

  /** URL of the feed ('' while the attribute is unset). */
  declare src: string;

  /** A proxy URL template with `{url}`, for feeds that send no CORS headers ('' while unset). */
  declare proxy: string;

  /** Seconds between polls (at least 30; default 300); undefined while the attribute is unset. */
  declare refresh?: number;

  connectedCallback(): void {
    this.hidden = true;
    this.attributeChangedCallback();
  }

  /** Tells the elements that point here, in this tree or any other, to read the attributes again. */
  attributeChangedCallback(): void {
    if (this.isConnected) this.dispatchEvent(new Event(SOURCE_CHANGE_EVENT, { bubbles: true, composed: true }));
  }
}

// Each property reflects its attribute; setting null or undefined removes it.
for (const name of ['src', 'proxy', 'refresh']) {
  Object.defineProperty(StrichkaFeed.prototype, name, {
    get(this: StrichkaFeed) {
      const value = this.getAttribute(name);
      return name != 'refresh' ? (value ?? '') : value == null ? undefined : Number(value);
    },
    set(this: StrichkaFeed, value: unknown) {
      if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}
