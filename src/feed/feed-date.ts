/** RFC 3339 / ISO 8601 / W3C-DTF: a date ('-' or '/' separated), then an optional time with its own zone. */
const ISO = /^(\d{4})([-/])(\d\d?)(?:\2(\d\d?)(?:(?:t|\s+)(\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*([a-z]+|(?:gmt|utc?)?[+-][\d:]+)?)?)?$/i;
/** The pieces of a free-form (RFC 822-like) date: a time, a signed number (an offset once the year is known), a number, a word. */
const PIECE = /(\d\d?):(\d\d)(?::(\d\d))?(?:[.,]\d+)?|((?:gmt|utc?)?[+-])(\d\d?)(?::?(\d\d))?|(\d+)|([a-z\u00c0-\u024f]+)/gi;
const LEADING_WEEKDAY = /^[a-z\u00c0-\u024f]+\.?,/i;
const NUMERIC_ZONE = /^(?:gmt|utc?)?([+-])(\d\d?)(?::?(\d\d))?$/i;

/** Month number by name (English first three letters, plus the usual abbreviations in a few European languages). */
const MONTHS = new Map<string, number>();
'jan|ene|gen feb|fev|fév mar|mär apr|abr|avr may|mai|mag jun|giu jul|lug aug|ago sep|set oct|okt|out|ott nov dec|dic|dez|déc'
  .split(' ')
  .forEach((names, month) => names.split('|').forEach((name) => MONTHS.set(name, month)));

/** Hours east of UTC of the zone names RFC 822 defines plus a few common European ones (US readings of CST, EST…). */
const ZONES = new Map<string, number>();
'ut:0 utc:0 gmt:0 z:0 wet:0 west:1 bst:1 cet:1 met:1 cest:2 mest:2 eet:2 eest:3 msk:3 ast:-4 adt:-3 est:-5 edt:-4 cst:-6 cdt:-5 mst:-7 mdt:-6 pst:-8 pdt:-7'
  .split(' ')
  .forEach((entry) => {
    const [name, hours] = entry.split(':');
    ZONES.set(name!, +hours!);
  });

/** Minutes east of UTC for a zone (named, RFC 822 military letter, or ±hh[:mm] with optional GMT/UTC before it), or undefined. */
function zoneOffset(zone: string): number | undefined {
  const numeric = NUMERIC_ZONE.exec(zone);
  if (numeric) {
    const hours = +numeric[2]!;
    const minutes = +(numeric[3] ?? 0);
    return hours < 24 && minutes < 60 ? (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes) : undefined;
  }
  const name = zone.toLowerCase();
  const hours = ZONES.get(name);
  if (hours !== undefined) return hours * 60;
  // RFC 822 military zones: A–I = -1…-9, K–M = -10…-12, N–Y = +1…+12 (J is unused)
  const letter = name.length === 1 ? name.charCodeAt(0) - 97 : -1;
  if (letter < 0 || letter > 24 || letter === 9) return undefined;
  return (letter < 9 ? -(letter + 1) : letter < 13 ? -letter : letter - 12) * 60;
}

/** ISO string of a UTC instant from local fields and the zone's offset in minutes; undefined when a field is out of range. */
function toIso(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 0 || month > 11 || hour > 23 || minute > 59 || second > 60) return undefined;
  const midnight = Date.UTC(year, month, day);
  // Date.UTC rolls Feb 30 over into March: a changed day means the date does not exist
  if (new Date(midnight).getUTCDate() !== day) return undefined;
  return new Date(midnight + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms).toISOString();
}

function parseIso(match: RegExpExecArray): string | undefined {
  const offset = match[9] ? zoneOffset(match[9]) : 0;
  if (offset === undefined) return undefined;
  const ms = match[8] ? +match[8].slice(0, 3).padEnd(3, '0') : 0;
  return toIso(+match[1]!, +match[3]! - 1, +(match[4] ?? 1), +(match[5] ?? 0), +(match[6] ?? 0), +(match[7] ?? 0), ms, offset);
}

/** RFC 822 / 1123 and its sloppy relatives, read piece by piece: weekday (ignored), day, month name, year, time, zone in any usual order. */
function parseFreeForm(value: string): string | undefined {
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let hour: number | undefined;
  let minute = 0;
  let second = 0;
  let offset: number | undefined;
  let meridiem: string | undefined;
  const setNumber = (digits: string): boolean => {
    if (digits.length > 4) return false;
    const number = +digits;
    if (digits.length > 2) {
      // RFC 2822 obsolete syntax: a three-digit year counts from 1900
      if (year === undefined) year = digits.length === 3 ? 1900 + number : number;
      else if (hour === undefined && digits.length === 4) [hour, minute] = [Math.floor(number / 100), number % 100];
      else return false;
    } else if (day === undefined) day = number;
    else if (year === undefined) year = number < 50 ? 2000 + number : 1900 + number;
    else return false;
    return true;
  };
  PIECE.lastIndex = 0;
  for (let piece; (piece = PIECE.exec(value)); ) {
    if (piece[1] !== undefined) {
      if (hour !== undefined) return undefined;
      [hour, minute, second] = [+piece[1], +piece[2]!, +(piece[3] ?? 0)];
    } else if (piece[5] !== undefined) {
      if (year === undefined && /^[+-]$/.test(piece[4]!)) {
        if (!setNumber(piece[5] + (piece[6] ?? ''))) return undefined;
      } else {
        const zone = zoneOffset(piece[0]);
        if (zone === undefined) return undefined;
        offset ??= zone;
      }
    } else if (piece[7] !== undefined) {
      if (!setNumber(piece[7])) return undefined;
    } else {
      const word = piece[8]!.toLowerCase();
      if (word === 'am' || word === 'pm') meridiem = word;
      else if (month === undefined && MONTHS.has(word.slice(0, 3))) month = MONTHS.get(word.slice(0, 3));
      // any other word (a weekday, 'de', an unknown zone) is ignored
      else if (offset === undefined && (word.length > 1 || hour !== undefined)) offset = zoneOffset(word);
    }
  }
  if (day === undefined || month === undefined || year === undefined) return undefined;
  hour ??= 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return toIso(year, month, day, hour, minute, second, 0, offset ?? 0);
}

/** A feed date as ISO 8601 UTC ('2025-05-24T10:53:00.000Z'), or undefined when it cannot be read. */
export function parseFeedDate(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  value = value.trim();
  if (!value || value.length > 80) return undefined;
  const iso = ISO.exec(value);
  // a leading 'word,' is a weekday in any language: Spanish 'Mar,' (martes) must not read as March
  return iso ? parseIso(iso) : parseFreeForm(value.replace(LEADING_WEEKDAY, ''));
}
