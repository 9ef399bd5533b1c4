/** One day in ms. */
const DAY = 864e5;

/** How many showings a record keeps: more than any sensible `max-views`. */
const KEPT_SHOWINGS = 50;

/** What the reader's browser remembers of one banner (a small JSON object in localStorage). */
export interface SupportRecord {
  /** Page views counted, one per page load. */
  views: number;
  /** When the page load that counted the last view began: one page load counts once, however many times a banner connects. */
  load?: number;
  /** When the banner was shown, one time a page load, oldest first. */
  shown: number[];
  /** When the reader last closed the banner. */
  dismissed?: number;
  /** When the reader last clicked the call to action. */
  supported?: number;
}

/** The banner's limits, from its attributes. */
export interface SupportSettings {
  /** Page views before the first showing. */
  showAfter: number;
  /** Showings at most per `periodDays`. */
  maxViews: number;
  periodDays: number;
  /** Days a dismissal hides the banner. */
  dismissDays: number;
  /** Days a click on the call to action hides the banner. */
  supportedDays: number;
  /** The campaign window (ms), either end open when unset. */
  start?: number | undefined;
  end?: number | undefined;
}

/** The localStorage key of a banner's record: `strichka:support:` and its id, campaign or `default`. */
export function supportKey(name: string): string {
  return `strichka:support:${name}`;
}

const stamp = (value: unknown): number | undefined => (typeof value == 'number' && Number.isFinite(value) ? value : undefined);

/**
 * The stored record of `key` (a fresh one when there is none or it is unreadable), or undefined
 * when storage is unavailable: then the banner never shows, as it could not remember a dismissal.
 */
export function readSupportRecord(key: string): SupportRecord | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return undefined;
  }
  let saved: Partial<Record<keyof SupportRecord, unknown>> = {};
  try {
    saved = Object(JSON.parse(text ?? '{}'));
  } catch {
    // A damaged record counts as none.
  }
  return {
    views: stamp(saved.views) ?? 0,
    load: stamp(saved.load),
    shown: Array.isArray(saved.shown) ? saved.shown.filter((each): each is number => stamp(each) !== undefined) : [],
    dismissed: stamp(saved.dismissed),
    supported: stamp(saved.supported),
  };
}

/** Stores `record` under `key`; false when storage is blocked or full. */
export function writeSupportRecord(key: string, record: SupportRecord): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ ...record, shown: record.shown.slice(-KEPT_SHOWINGS) }));
    return true;
  } catch {
    return false;
  }
}

/** True when `time` is at most `days` before `now` (a time after `now`, from a clock set back, counts as recent). */
export function isWithinDays(time: number | undefined, days: number, now: number): boolean {
  return time !== undefined && now - time < days * DAY;
}

/**
 * Whether a banner may show on this page view: inside its campaign window, not dismissed or
 * supported recently, after `showAfter` counted views, and fewer than `maxViews` showings in the
 * last `periodDays`.
 */
export function shouldShow(record: SupportRecord, settings: SupportSettings, now: number): boolean {
  return (
    now >= (settings.start ?? -Infinity) &&
    now < (settings.end ?? Infinity) &&
    !isWithinDays(record.supported, settings.supportedDays, now) &&
    !isWithinDays(record.dismissed, settings.dismissDays, now) &&
    record.views > settings.showAfter &&
    record.shown.filter((time) => isWithinDays(time, settings.periodDays, now)).length < settings.maxViews
  );
}
