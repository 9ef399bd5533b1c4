import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getFeedSource, type FeedSource, type FeedState } from '../feed/index.js';
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

/** Fired by `<strichka-feed>` when its `src`, `proxy` or `refresh` changes. */
export const SOURCE_CHANGE_EVENT = 'strichka-source-change';

interface SourceSettings {
  src: string;
  proxy?: string;
  refresh?: number;
}

function settingsOf(host: FeedHost): SourceSettings | undefined {
  let from: { src?: string | null; proxy?: string | null; refresh?: number | string | null } = host;
  if (!host.src && host.feed) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const named = root.getElementById?.(host.feed) ?? document.getElementById(host.feed);
    if (!named) return undefined;
    from = { src: named.getAttribute('src'), proxy: named.getAttribute('proxy'), refresh: named.getAttribute('refresh') };
  }
  if (!from.src) return undefined;
  const refresh = Number(from.refresh);
  return {
    src: from.src,
    ...(from.proxy ? { proxy: from.proxy } : {}),
    ...(refresh > 0 ? { refresh: Math.max(MIN_REFRESH_SECONDS, refresh) } : {}),
  };
}

/**
 * Connects an element to the shared source of its feed: subscribes while the element is
 * connected, re-renders it on every change, and fires `strichka-load` / `strichka-error` on it.
 */
export class FeedController implements ReactiveController {
  /** The feed's state; 'loading' until the first answer (or while no feed is set). */
  state: FeedState = { status: 'loading' };

  private readonly host: FeedHost;
  private source?: FeedSource;
  private unsubscribe?: () => void;
  private key?: string;

  constructor(host: FeedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
    const root = this.host.getRootNode();
    root.addEventListener(SOURCE_CHANGE_EVENT, this.onSourceChange);
    // A <strichka-feed> written after this element is not parsed yet: look again when it is.
    if (!this.source && document.readyState == 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.sync(), { once: true });
    }
  }

  hostDisconnected(): void {
    this.host.getRootNode().removeEventListener(SOURCE_CHANGE_EVENT, this.onSourceChange);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = undefined;
  }

  /** Follows the element's current `src` / `feed` / `proxy` / `refresh`; cheap when nothing changed. */
  sync(): void {
    if (!this.host.isConnected) return;
    const settings = settingsOf(this.host);
    const key = settings && JSON.stringify(settings);
    if (key == this.key) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = key;
    this.source = settings && getFeedSource(settings.src, settings);
    if (!this.source) {
      this.state = { status: 'loading' };
      this.host.requestUpdate();
      return;
    }
    const source = this.source;
    this.unsubscribe = source.subscribe((state) => this.show(source.url, state));
  }

  /** Fetches the feed now (or joins the fetch in flight). */
  reload(): Promise<void> {
    return this.source?.refresh() ?? Promise.resolve();
  }

  private show(url: string, state: FeedState): void {
    const previous = this.state;
    this.state = state;
    this.host.requestUpdate();
    const stale = state.status == 'stale';
    if (state.feed && state.feed != previous.feed) {
      this.fire<StrichkaLoadDetail>('strichka-load', { feed: state.feed, url, stale });
    }
    if (state.error && state.error != previous.error) {
      this.fire<StrichkaErrorDetail>('strichka-error', { error: state.error, url, stale });
    }
  }

  private fire<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private readonly onSourceChange = (event: Event): void => {
    if ((event.target as Element).id == this.host.feed) this.sync();
  };
}
