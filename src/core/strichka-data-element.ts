import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedItem, FeedState } from '../feed/index.js';
import { languageName, primaryLanguage } from '../i18n/language-name.js';
import { FeedController } from './feed-controller.js';
import { nearViewport } from './in-view.js';
import { nextTurn } from './turns.js';
import type { StrichkaItemClickDetail } from './strichka-events.js';
import { StrichkaElement } from './strichka-element.js';

/**
 * The base of every element that shows a feed: `src` (its own feed) or `feed` (the id of a
 * `<strichka-feed>`), with loading / ready / stale / error states from a FeedController.
 */
export class StrichkaDataElement extends StrichkaElement {
  static override properties: PropertyDeclarations = {
    src: {},
    feed: {},
    proxy: {},
    refresh: { type: Number },
  };

  /**
   * URL of the feed to show (RSS, RDF, Atom, JSON Feed or WordPress REST). `{lang}` in it stands
   * for the element's language, and a `src-<lang>` attribute (`src-uk`, `src-en`) gives the feed
   * of one language: a change of `lang` switches the feed.
   */
  declare src?: string;

  /** The `id` of a `<strichka-feed>` on the page to take the feed from, instead of `src`. */
  declare feed?: string;

  /** A proxy URL template with `{url}`, for feeds that send no CORS headers. */
  declare proxy?: string;

  /** Seconds between polls (at least 30; default 300). */
  declare refresh?: number;

  /** The feed's data and state. */
  protected readonly data = new FeedController(this);

  /** The feed's state as shown: `status` ('loading' | 'ready' | 'stale' | 'error'), `feed`, `error`, `fetchedAt`. */
  get feedState(): FeedState {
    return this.data.state;
  }

  /** Fetches the feed now; resolves when the answer is shown. */
  reload(): Promise<void> {
    return this.data.reload();
  }

  /**
   * The first update (render, fetch) of an element far down the page waits until it comes near the
   * viewport: a long page starts with the work of what a reader sees. Then, in a turn before the
   * render's, the element reads its feed's saved copy (a page's first localStorage read is slow)
   * and asks for the feed, which need not wait for the render.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      await nearViewport(this);
      await nextTurn();
      this.data.sync();
    }
    return super.scheduleUpdate();
  }

  /** News of the feed waits for its turn too: every element of a feed renders it in a task of its own. */
  protected override takesTurn(): boolean {
    return super.takesTurn() || this.data.hasNews;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.sync();
  }

  /**
   * The light-DOM children, the fallback; render it, hidden (`shown` false), in every state
   * without data: children that arrive after the first render (a page still being parsed) are
   * then noticed.
   */
  protected renderFallback(shown = true): TemplateResult {
    return html`<slot ?hidden=${!shown} @slotchange=${this.#fallbackChanged}></slot>`;
  }

  /** True when the element has light-DOM content to fall back to (children given to a named slot are not). */
  protected get hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? !node.slot : node.nodeType == Node.TEXT_NODE && !!node.textContent!.trim(),
    );
  }

  /**
   * The feed's own language when it is not the element's (a Ukrainian feed on an English page): the
   * `lang` of what shows the feed's text, so a screen reader reads it with the right voice. A tag
   * no language has (feeds write `ua`, the country, or `English`) is left out: an invalid `lang`
   * is worse than none.
   */
  protected get feedLanguage(): string | undefined {
    const language = this.data.state.feed?.language;
    return language && primaryLanguage(language) != primaryLanguage(this.locale) && languageName(language, 'en') ? language : undefined;
  }

  /**
   * The `lang` of a piece of item text, from the feed (`fromFeed`) or set from script: the feed's
   * language where it is not the element's; else the element's own where the built-in strings
   * around it are marked English (a list labelled "Tags" on a Polish page); else none (inherited).
   */
  protected textLang(fromFeed: boolean): string | typeof nothing {
    return (fromFeed && this.feedLanguage) || (this.stringsLang ? this.locale : nothing);
  }

  /** Fires the cancelable `strichka-item-click` for a click on `item`'s link; a cancelled one stops the navigation. */
  protected clickItem(event: Event, item: FeedItem): void {
    if (!this.emit<StrichkaItemClickDetail>('strichka-item-click', { item }, true)) event.preventDefault();
  }

  readonly #fallbackChanged = (): void => this.requestUpdate();
}
