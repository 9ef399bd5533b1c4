import { intlFormatter } from './intl-formatter.js';

/** Relative-time units with how many of each make the next one. */
const AGE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['second', 60], ['minute', 60], ['hour', 24], ['day', Infinity]];

/** A date formatted with cached Intl options; '' for a missing or invalid date. */
function formatDate(iso: string | undefined, locale: string, options: Intl.DateTimeFormatOptions): string {
  const time = Date.parse(iso as string);
  return isNaN(time) ? '' : intlFormatter(Intl.DateTimeFormat, locale, options).format(time);
}

/** The time of day in the locale's own short style ("16:12", en-US "4:12 PM"), in `timeZone` (default: the reader's). */
export function formatClock(iso: string | undefined, locale: string, timeZone?: string): string {
  return formatDate(iso, locale, { timeStyle: 'short', timeZone });
}

/** The day and short month ("24 May", uk "24 трав.", de "24. Mai"), in `timeZone`. */
export function formatDay(iso: string | undefined, locale: string, timeZone?: string): string {
  return formatDate(iso, locale, { day: 'numeric', month: 'short', timeZone });
}

/** The full date and time ("24 травня 2025 р. о 16:12"), in `timeZone`. */
export function formatStamp(iso: string | undefined, locale: string, timeZone?: string): string {
  return formatDate(iso, locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
}

/** Whether `iso` falls on the same calendar day as `now` in `timeZone`; false for an invalid date or `now`. */
export function isSameDay(iso: string | undefined, now: Date | number, timeZone?: string): boolean {
  const time = Date.parse(iso as string);
  const day = intlFormatter(Intl.DateTimeFormat, 'en', { dateStyle: 'medium', timeZone });
  return !isNaN(time - +now) && day.format(time) === day.format(now);
}

/** How long before `now` the item appeared ("5 minutes ago", uk "5 хвилин тому", "yesterday"); '' for an invalid date or `now`. */
export function formatAge(iso: string | undefined, now: Date | number, locale: string): string {
  let value = (Date.parse(iso as string) - +now) / 1e3;
  if (!isFinite(value)) return '';
  // A publisher's clock a little ahead of the reader's would say "in 5 seconds".
  if (value > 0 && value < 60) value = 0;
  let unit = 0;
  while (Math.abs(value) >= AGE_UNITS[unit]![1]) value /= AGE_UNITS[unit++]![1];
  return intlFormatter(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(Math.trunc(value), AGE_UNITS[unit]![0]);
}
