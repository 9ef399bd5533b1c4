import type { Feed, FeedError, FeedItem } from '../feed/index.js';

/** `strichka-load`: the element has feed data to show (fresh, or a last good copy). */
export interface StrichkaLoadDetail {
  feed: Feed;
  /** The feed URL. */
  url: string;
  /** True when the data is a last good copy, not the latest answer of the server. */
  stale: boolean;
}

/** `strichka-error`: the feed could not be fetched or read; the element shows its fallback or a last good copy. */
export interface StrichkaErrorDetail {
  error: FeedError;
  /** The feed URL, when one was set. */
  url?: string;
  /** True when a last good copy is still shown. */
  stale: boolean;
}

/** `strichka-item-click`: a reader followed an item's link (cancel it to handle the click yourself). */
export interface StrichkaItemClickDetail {
  item: FeedItem;
}

/** `strichka-language-change`: a reader chose a language (cancel it to stop the navigation or the change of `lang`). */
export interface StrichkaLanguageChangeDetail {
  /** The chosen language's code, as the switcher lists it. */
  language: string;
  /** Where the link goes (navigate mode); absent in widgets mode. */
  url?: string;
}

/** `strichka-tag-select`: a reader chose a tag (`tag` undefined: cleared the filter); cancel it to stop the navigation or the filtering. */
export interface StrichkaTagSelectDetail {
  /** The tag's name as shown; undefined when the filter was cleared. */
  tag: string | undefined;
  /** How many stories have the tag, when known. */
  count?: number;
}

/** `strichka-support-view`: the banner was shown (once a page load). */
export interface StrichkaSupportViewDetail {
  /** The banner's `id`, else its `utm-campaign`, else `default` (also the end of its storage key). */
  campaign: string;
}

/** `strichka-support-click`: the reader clicked the call to action or the link left after dismissal (cancel it to stop the navigation). */
export interface StrichkaSupportClickDetail extends StrichkaSupportViewDetail {
  /** Where the link goes, `utm_*` parameters included; absent for a slotted call to action without `href`. */
  href?: string;
}

/** `strichka-support-dismiss`: the reader closed the banner. */
export interface StrichkaSupportDismissDetail extends StrichkaSupportViewDetail {
  /** `close`: the close button; `escape`: the Esc key. */
  reason: 'close' | 'escape';
}

/** Every event of Strichka's elements, by name: they bubble and cross shadow roots. */
export interface StrichkaEventMap {
  'strichka-load': CustomEvent<StrichkaLoadDetail>;
  'strichka-error': CustomEvent<StrichkaErrorDetail>;
  'strichka-item-click': CustomEvent<StrichkaItemClickDetail>;
  'strichka-language-change': CustomEvent<StrichkaLanguageChangeDetail>;
  'strichka-tag-select': CustomEvent<StrichkaTagSelectDetail>;
  'strichka-support-view': CustomEvent<StrichkaSupportViewDetail>;
  'strichka-support-click': CustomEvent<StrichkaSupportClickDetail>;
  'strichka-support-dismiss': CustomEvent<StrichkaSupportDismissDetail>;
}

declare global {
  interface HTMLElementEventMap extends StrichkaEventMap {}
}
