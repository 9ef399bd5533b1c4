import { SOURCE_CHANGE_EVENT } from '../../core/feed-controller.js';

const observed = ['id', 'src', 'proxy', 'refresh'] as const;

// Server rendering (Node) imports the entries too, where there is no HTMLElement: lit's node build
// shims it for the lit elements, this stand-in does it for this one.
const ElementBase = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);

/**
 * `<strichka-feed>`: shows nothing; names a feed once so several elements can share it with
 * `feed="<id>"`. Its attributes are read by the elements that point at it.
 *
 * @attr src - URL of the feed.
 * @attr proxy - A proxy URL template with `{url}`, for feeds that send no CORS headers.
 * @attr refresh - Seconds between polls (at least 30; default 300).
 *
 * @fires strichka-source-change - Connected, or an attribute changed: the elements that point here read it again.
 */
export class StrichkaFeed extends ElementBase {
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

  /** A proxy URL template with `{url}`, for feeds that send no CORS headers. */
  get proxy(): string {
    return this.getAttribute('proxy') ?? '';
  }
  set proxy(value: string) {
    this.setAttribute('proxy', value);
  }

  /** Seconds between polls (at least 30; default 300); undefined while the attribute is unset. */
  get refresh(): number | undefined {
    const value = this.getAttribute('refresh');
    return value == null ? undefined : Number(value);
  }
  set refresh(value: number | undefined) {
    if (value == null) this.removeAttribute('refresh');
    else this.setAttribute('refresh', String(value));
  }

  connectedCallback(): void {
    this.hidden = true;
    this.changed();
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (before !== after && this.isConnected) this.changed();
  }

  /** Tells the elements that point here, in this tree or any other, to read the attributes again. */
  private changed(): void {
    this.dispatchEvent(new Event(SOURCE_CHANGE_EVENT, { bubbles: true, composed: true }));
  }
}
