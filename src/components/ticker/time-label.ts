import { formatClock, formatDay, isSameDay } from '../../i18n/format-time.js';

/** What a row shows for `iso`: the clock ("16:12") on the day of `now` in `timeZone`, else the day ("24 трав."). */
export function timeLabel(iso: string, now: number, locale: string, timeZone?: string): string {
  return (isSameDay(iso, now, timeZone) ? formatClock : formatDay)(iso, locale, timeZone);
}
