import type { FeedState } from '../feed/index.js';
import { commonStrings } from '../i18n/common-strings.js';
import { formatMessage } from '../i18n/format-message.js';
import { formatClock, formatDay, isSameDay } from '../i18n/format-time.js';

/** How a time reads on screen: the clock ("16:12") on the day of `now` in `timeZone`, else the day ("24 трав."). */
export function timeLabel(iso: string, now: number, locale: string, timeZone?: string): string {
  return (isSameDay(iso, now, timeZone) ? formatClock : formatDay)(iso, locale, timeZone);
}

/** "as of 16:12" ("as of 24 May" for an older copy) on a last good copy shown because the feed failed; undefined otherwise. */
export function staleNote({ status, error, fetchedAt }: FeedState, now: number, locale: string, timeZone?: string): string | undefined {
  return status == 'stale' && error && fetchedAt ? formatMessage(locale, commonStrings, 'asOf', timeLabel(new Date(fetchedAt).toISOString(), now, locale, timeZone)) : undefined;
}
