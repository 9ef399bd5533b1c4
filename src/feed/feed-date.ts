/**
 * The pieces of a date: a leading 'weekday,' (ignored: in Spanish 'Mar,' is martes, not March); an ISO 8601 /
 * W3C-DTF date ('-' or '/' separated, day optional); a time with optional fraction; a signed number (an offset once
 * the year is known); a number; a word. RFC 3339 and RFC 822 dates and their sloppy relatives are sequences of these.
 */
const PIECE =
  /^[a-z\u00c0-\u024f]+\.?,|(\d{4})([-/])(\d\d?)(?:\2(\d\d?))?|(\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?|((?:gmt|utc?)?[+-])(\d\d?)(?::?(\d\d))?|(\d+)|([a-z\u00c0-\u024f]+)/gi;
/**
 * The two forms nearly every feed writes, read in one match instead of one a piece: RFC 822 with seconds and a zone
 * ('Sat, 24 May 2025 16:53:00 +0300') and RFC 3339 ('2025-05-24T13:53:00.000Z'). Reading dates was ~15% of
 * parsing a thousand-item RSS feed in Chromium.
 */
const COMMON =
  /^(?:[a-z]{3}, )?(\d\d?) ([a-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4}|gmt|z)$|^(\d{4})-(\d\d)-(\d\d)t(\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(z|[+-]\d\d:\d\d)$/i;
const NUMERIC_ZONE = /^(?:gmt|utc?)?([+-])(\d\d?):?(\d\d)?$/i;
/** A lookup of the index of the '|'-separated group of `list` that holds a name among its ' '-separated names, else -1. */
function groupLookup(list: string): (name: string) => number {
  const groups = new Map<string, number>();
  list.split('|').forEach((names, group) => names.split(' ').forEach((name) => groups.set(name, group)));
  return (name) => groups.get(name) ?? -1;
}
/** Month number of a name (English first three letters, plus the usual abbreviations in a few European languages). */
const monthOf = groupLookup('jan ene gen|feb fev fév|mar mär|apr abr avr|may mai mag|jun giu|jul lug|aug ago|sep set|oct okt out ott|nov|dec dic dez déc');
/** Hours east of UTC, from -8 on, of the zone names of RFC 822 and a few common European ones (US readings of CST, EST…). */
const zoneHours = groupLookup('pst|mst pdt|cst mdt|est cdt|edt||||ut utc gmt z|bst cet|cest eet|eest msk');

/**
 * Minutes east of UTC of a zone: ±hh[:mm] (GMT/UTC before it allowed) or a name, else undefined. RFC 822 military
 * letters other than Z are unknown names: their signs were defined backwards, and RFC 2822 §4.3 reads them as -0000.
 */
function zoneOffset(zone: string): number | undefined {
  const numeric = NUMERIC_ZONE.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes = 0] = numeric;
    return +hours! < 24 && +minutes < 60 ? +(sign + '1') * (+hours! * 60 + +minutes) : undefined;
  }
  const hours = zoneHours(zone.toLowerCase());
  return hours < 0 ? undefined : (hours - 8) * 60;
}

/**
 * A feed date as ISO 8601 UTC ('2025-05-24T10:53:00.000Z'), or undefined when it cannot be read. RFC 822 / 1123 and
 * its sloppy relatives are read piece by piece: weekday (ignored), day, month name, year, time, zone in any usual
 * order; a missing zone is UTC, and so is an unknown zone name, except after an ISO date, which takes only a zone.
 */
export function parseFeedDate(value: string | undefined): string | undefined {
  if (typeof value != 'string' || value.trim().length > 80) return undefined;
  const common = COMMON.exec(value);
  if (common) {
    const [, day, monthName, year, hour, minute, second, zone, isoYear, isoMonth, isoDay, isoHour, isoMinute, isoSecond, fraction, isoZone] = common;
    const offset = zoneOffset((isoZone ?? zone)!);
    if (offset === undefined) return;
    return isoYear
      ? isoString(+isoYear, +isoMonth! - 1, +isoDay!, +isoHour!, +isoMinute!, +isoSecond!, milliseconds(fraction), offset)
      : isoString(+year!, monthOf(monthName!.toLowerCase()), +day!, +hour!, +minute!, +second!, 0, offset);
  }
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let hour: number | undefined;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let offset: number | undefined;
  let meridiem: string | undefined;
  let iso = false;
  PIECE.lastIndex = 0;
  for (let piece; (piece = PIECE.exec(value)); ) {
    let digits = piece[12];
    const word = piece[13]?.toLowerCase();
    if (piece[1]) {
      if (year !== undefined) return;
      iso = true;
      year = +piece[1];
      month = +piece[3]! - 1;
      day = +(piece[4] ?? 1);
    } else if (piece[5]) {
      if (hour !== undefined) return;
      hour = +piece[5];
      minute = +piece[6]!;
      second = +(piece[7] ?? 0);
      ms = milliseconds(piece[8]);
    } else if (piece[10]) {
      // a bare sign before the year separates ('24-May-2025'); otherwise it starts an offset
      if (year === undefined && piece[9]!.length < 2) digits = piece[10] + (piece[11] ?? '');
      else if ((offset ??= zoneOffset(piece[0])) === undefined) return;
    } else if (word == 'am' || word == 'pm') meridiem = word;
    else if (word && month === undefined && monthOf(word.slice(0, 3)) >= 0) month = monthOf(word.slice(0, 3));
    // any other word (a weekday, 'de', an unknown zone; the T of an ISO date) is ignored
    else if (word && offset === undefined && (word.length > 1 || hour !== undefined)) {
      offset = zoneOffset(word);
      if (iso && offset === undefined) return;
    }
    if (digits) {
      const number = +digits;
      const length = digits.length;
      // RFC 2822 obsolete syntax: a three-digit year counts from 1900; after the year, four digits are a time
      if (length > 2 && year === undefined && length < 5) year = length < 4 ? 1900 + number : number;
      else if (length == 4 && hour === undefined) [hour, minute] = [Math.floor(number / 100), number % 100];
      else if (length > 2) return;
      else if (day === undefined) day = number;
      else if (year === undefined) year = number < 50 ? 2000 + number : 1900 + number;
      else return;
    }
  }
  hour ??= 0;
  if (meridiem) {
    if (!hour || hour > 12) return;
    hour = (hour % 12) + (meridiem == 'pm' ? 12 : 0);
  }
  if (day === undefined || month === undefined || year === undefined) return;
  return isoString(year, month, day, hour, minute, second, ms, offset);
}

/** Milliseconds of a fraction of a second's digits ('5' is 500). */
const milliseconds = (fraction = '') => +fraction.slice(0, 3).padEnd(3, '0');

/** The ISO 8601 UTC string of a date and time at `offset` minutes east of UTC (none: UTC), or undefined when no such date exists. */
function isoString(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset?: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls Feb 30 over into March: a changed day means the date does not exist
  return year < 1000 || year > 9999 || month < 0 || month > 11 || hour > 23 || minute > 59 || second > 60 || date.getUTCDate() != day
    ? undefined
    : new Date(date.setUTCHours(hour, minute - (offset ?? 0), second, ms)).toISOString();
}
