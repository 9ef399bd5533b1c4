import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, getFeedSource, type FeedSource, type FeedState } from '../feed/index.js';
import { primaryLanguage } from '../i18n/language-name.js';
import { resolveLocale } from '../i18n/locale.js';
import { emitEvent } from './emit-event.js';
import type { StrichkaErrorDetail, StrichkaLoadDetail } from './strichka-events.js';

/** What a FeedController reads from its element: `src`, or `feed` naming a `<strichka-feed id>`. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: string;
  proxy?: string;
  refresh?: number;
}

/** The least a publisher's `refresh` may be, so a typo cannot hammer their server. */
const MIN_REFRESH_SECONDS = 30;

/** Sent (bubbling, composed) by `<strichka-feed>` when it is connected or its attributes change. */
export const SOURCE_CHANGE_EVENT = 'strichka-source-change';

interface SourceSettings {
  src: string;
  proxy?: string;
  refresh?: number;
}

/**
 * Where an element's feed comes from: its own `src`, `proxy` and `refresh`, else the attributes of
 * the `<strichka-feed>` its `feed` names. A `src-<lang>` attribute (`src-uk`) wins over `src`, and
 * `{lang}` in the URL stands for the language, so a language switch switches the feed.
 */
function settingsOf(host: FeedHost): SourceSettings | undefined {
  // a feed="id" is looked up in the element's own tree first (a shadow root), then the document
  const tree = host.getRootNode() as Partial<Document>;
  const named = !host.src && host.feed ? (tree.getElementById?.(host.feed) ?? document.getElementById(host.feed)) : host;
  if (!named) return undefined;
  const read = (name: 'src' | 'proxy' | 'refresh') => String((named == host ? host[name] : named.getAttribute(name)) ?? '');
  const language = primaryLanguage(resolveLocale(named));
  const src = (named.getAttribute(`src-${language}`) ?? read('src')).replaceAll('{lang}', language);
  const refresh = Number(read('refresh'));
  // Unset ones stay undefined, which the key (JSON) leaves out.
  const settings = { src, proxy: read('proxy') || undefined, refresh: refresh > 0 ? Math.max(MIN_REFRESH_SECONDS, refresh) : undefined };
  return src ? settings : undefined;
}

/**
 * Connects an element to the shared source of its feed: subscribes while the element is
 * connected, re-renders it on every change, and once the change is rendered fires
 * `strichka-load` / `strichka-error` on it.
 */
export class FeedController implements ReactiveController {
  /** The feed's state; 'loading' until the first answer (or while no feed is set). */
  state: FeedState = { status: 'loading' };

  readonly #host: FeedHost;
  #source?: FeedSource;
  #unsubscribe?: () => void;
  #key?: string;
  /** Ends the listeners of one connection. */
  #connection?: AbortController;
  /** The state the events fired so far told of. */
  #told = this.state;
  #news = false;

  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The absolute URL of the feed, once one is set: a new one means another feed, not an update. */
  get url(): string | undefined {
    return this.#source?.url;
  }

  hostConnected(): void {
    const { signal } = (this.#connection = new AbortController());
    // Every <strichka-feed>, in the document or a shadow root, is heard at the document.
    document.addEventListener(SOURCE_CHANGE_EVENT, this.sync, { signal });
    // A <strichka-feed> written after this element is not parsed yet: look again when it is.
    if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', this.sync, { signal });
  }

  hostDisconnected(): void {
    this.#connection?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#key = undefined;
  }

  hostUpdated(): void {
    const { status, feed, error } = this.state;
    const told = this.#told;
    const stale = status == 'stale';
    this.#told = this.state;
    if (feed && feed != told.feed) emitEvent<StrichkaLoadDetail>(this.#host, 'strichka-load', { feed, url: this.url!, stale });
    if (error && error != told.error) emitEvent<StrichkaErrorDetail>(this.#host, 'strichka-error', { error, url: this.url, stale });
  }

  /**
   * Follows the element's current `src` / `feed` / `proxy` / `refresh` and language; cheap when
   * nothing changed. The element calls it in a turn before its first update and as each update
   * begins (a change of language may name another feed), not on connecting: reading the saved copy
   * and asking for the feed happen in a turn of their own, not in the task that upgrades every
   * element of the page.
   */
  readonly sync = (): void => {
    const host = this.#host;
    if (!host.isConnected) return;
    const settings = settingsOf(host);
    // A `feed` that names no <strichka-feed src> once the page is parsed is a mistake to report, not a wait.
    const missing = !settings && document.readyState != 'loading' && host.feed;
    const key = settings ? JSON.stringify(settings) : missing ? '#' + missing : undefined;
    if (key == this.#key) return;
    this.#unsubscribe?.();
    this.#key = key;
    const source = (this.#source = settings && getFeedSource(settings.src, settings));
    this.#unsubscribe = source?.subscribe(this.#show);
    if (!source) {
      this.#show(missing ? { status: 'error', error: new FeedError('no-source', `No <strichka-feed id="${missing}"> with a src`) } : { status: 'loading' });
    }
  };

  /** Fetches the feed now (or joins the fetch in flight). */
  reload(): Promise<void> {
    return this.#source?.refresh() ?? Promise.resolve();
  }

  /**
   * True while a state of the feed came that no update has shown yet: its element then renders in
   * a turn of its own (one arriving feed read by a ticker, a card and a tag cloud is three short
   * tasks, not one long one).
   */
  get hasNews(): boolean {
    return this.#news;
  }

  hostUpdate(): void {
    this.#news = false;
  }

  readonly #show = (state: FeedState): void => {
    this.state = state;
    this.#news = true;
    this.#host.requestUpdate();
  };
}
