import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from './feed-controller.js';
import { StrichkaElement } from './strichka-element.js';

/**
 * The base of every element that shows a feed: `src` (its own feed) or `feed` (the id of a
 * `<strichka-feed>`), with loading / ready / stale / error states from a FeedController.
 */
export class StrichkaDataElement extends StrichkaElement {
  /** URL of the feed to show (RSS, RDF, Atom, JSON Feed or WordPress REST). */
  @property() src?: string;

  /** The `id` of a `<strichka-feed>` on the page to take the feed from, instead of `src`. */
  @property() feed?: string;

  /** A proxy URL template with `{url}`, for feeds that send no CORS headers. */
  @property() proxy?: string;

  /** Seconds between polls (at least 30; default 300). */
  @property({ type: Number }) refresh?: number;

  /** The feed's data and state. */
  protected readonly data = new FeedController(this);

  /** Fetches the feed now; resolves when the answer is shown. */
  reload(): Promise<void> {
    return this.data.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('feed') || changed.has('proxy') || changed.has('refresh')) this.data.sync();
  }

  /** The light-DOM children: shown before data and when the feed fails with nothing cached. */
  protected renderFallback(): TemplateResult {
    return html`<slot></slot>`;
  }

  /** True when the element has light-DOM content to fall back to (children given to a named slot are not). */
  protected get hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? !node.slot : node.nodeType == Node.TEXT_NODE && !!node.textContent!.trim(),
    );
  }

  /** A polite live region for announcements (new stories), empty when there is nothing to say. */
  protected renderAnnouncement(message: string | undefined): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${message ?? nothing}</div>`;
  }
}
