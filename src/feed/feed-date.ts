/** RFC 3339 / ISO 8601 / W3C-DTF: a date ('-' or '/' separated), an optional time, then anything else, which must be a zone. */
const ISO = /^(\d{4})([-/])(\d\d?)(?:\2(\d\d?)(?:[t\s]\s*(\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?)?\s*(.*)$/i;
/**
 * The pieces of a free-form (RFC 822-like) date: a leading 'weekday,' (ignored: in Spanish 'Mar,' is martes, not
 * March), a time, a signed number (an offset once the year is known), a number, a word.
 */
const PIECE = /^[a-z\u00c0-\u024f]+\.?,|(\d\d?):(\d\d)(?::(\d\d))?(?:[.,]\d+)?|((?:gmt|utc?)?[+-])(\d\d?)(?::?(\d\d))?|(\d+)|([a-z\u00c0-\u024f]+)/gi;
/** The usual RFC 822 form, read at once: weekday, day, month name, year, time, zone (numeric or a name). */
const RFC822 = /^(?:\w+, )?(\d\d?) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4}|[a-z]+)$/i;
const NUMERIC_ZONE = /^(?:gmt|utc?)?([+-])(\d\d?):?(\d\d)?$/i;

/** A map of each name in `list` to its group's index plus `first`; groups are separated by '|', names by ' '. */
function namesByGroup(list: string, first: number): Map<string, number> {
  const map = new Map<string, number>();
  list.split('|').forEach((names, index) => names.split(' ').forEach((name) => map.set(name, index + first)));
  return map;
}
/** Month number by name (English first three letters, plus the usual abbreviations in a few European languages). */
const MONTHS = namesByGroup(
  'jan ene gen|feb fev fév|mar mär|apr abr avr|may mai mag|jun giu|jul lug|aug ago|sep set|oct okt out ott|nov|dec dic dez déc',
  0,
);
/** Hours east of UTC, from -8 on, of the zone names of RFC 822 and a few common European ones (US readings of CST, EST…). */
const ZONES = namesByGroup('pst|mst pdt|cst mdt|est cdt|edt||||ut utc gmt z|bst cet|cest eet|eest msk', -8);

/** Minutes east of UTC of a zone: ±hh[:mm] (GMT/UTC before it allowed), a name, an RFC 822 military letter, else undefined. */
function zoneOffset(zone: string): number | undefined {
  const numeric = NUMERIC_ZONE.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes = 0] = numeric;
    return +hours! < 24 && +minutes < 60 ? +(sign + '1') * (+hours! * 60 + +minutes) : undefined;
  }
  zone = zone.toLowerCase();
  const hours = ZONES.get(zone);
  if (hours !== undefined) return hours * 60;
  // military zones: A–I = -1…-9, K–M = -10…-12, N–Y = +1…+12 (J is unused)
  const letter = zone.length == 1 ? zone.charCodeAt(0) - 97 : 9;
  return letter < 0 || letter > 24 || letter == 9 ? undefined : (letter < 9 ? -letter - 1 : letter < 13 ? -letter : letter - 12) * 60;
}

/** ISO string of a UTC instant from local fields and the zone's offset in minutes; undefined when a field is out of range. */
function toIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offset = 0,
): string | undefined {
  if (year < 1000 || year > 9999 || month < 0 || month > 11 || hour > 23 || minute > 59 || second > 60) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls Feb 30 over into March: a changed day means the date does not exist
  if (date.getUTCDate() != day) return undefined;
  date.setUTCHours(hour, minute - offset, second, ms);
  return date.toISOString();
}

/**
 * RFC 822 / 1123 and its sloppy relatives, read piece by piece: weekday (ignored), day, month name, year, time, zone
 * in any usual order.
 */
function parseFreeForm(value: string): string | undefined {
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let hour: number | undefined;
  let minute = 0;
  let second = 0;
  let offset: number | undefined;
  let meridiem: string | undefined;
  PIECE.lastIndex = 0;
  for (let piece; (piece = PIECE.exec(value)); ) {
    let digits = piece[7];
    const word = piece[8]?.toLowerCase();
    if (piece[1]) {
      if (hour !== undefined) return undefined;
      hour = +piece[1];
      minute = +piece[2]!;
      second = +(piece[3] ?? 0);
    } else if (piece[5]) {
      // a bare sign before the year separates ('24-May-2025'); otherwise it starts an offset
      if (year === undefined && piece[4]!.length < 2) digits = piece[5] + (piece[6] ?? '');
      else if ((offset ??= zoneOffset(piece[0])) === undefined) return undefined;
    } else if (word == 'am' || word == 'pm') meridiem = word;
    else if (word && month === undefined && MONTHS.has(word.slice(0, 3))) month = MONTHS.get(word.slice(0, 3));
    // any other word (a weekday, 'de', an unknown zone) is ignored
    else if (word && offset === undefined && (word.length > 1 || hour !== undefined)) offset = zoneOffset(word);
    if (digits) {
      const number = +digits;
      const length = digits.length;
      if (length > 4) return undefined;
      if (length > 2) {
        // RFC 2822 obsolete syntax: a three-digit year counts from 1900
        if (year === undefined) year = length < 4 ? 1900 + number : number;
        else if (hour === undefined && length > 3) {
          hour = Math.floor(number / 100);
          minute = number % 100;
        } else return undefined;
      } else if (day === undefined) day = number;
      else if (year === undefined) year = number < 50 ? 2000 + number : 1900 + number;
      else return undefined;
    }
  }
  hour ??= 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem == 'pm' ? 12 : 0);
  }
  return day === undefined || month === undefined || year === undefined
    ? undefined
    : toIso(year, month, day, hour, minute, second, 0, offset);
}

/** A feed date as ISO 8601 UTC ('2025-05-24T10:53:00.000Z'), or undefined when it cannot be read. */
export function parseFeedDate(value: string | undefined): string | undefined {
  if (typeof value != 'string' || (value = value.trim()).length > 80) return undefined;
  const rfc = RFC822.exec(value);
  const zone = rfc ? zoneOffset(rfc[7]!) : undefined;
  // a zone it cannot read is left to the free-form reader: refused if numeric, UTC if a name
  if (rfc && zone !== undefined) {
    return toIso(+rfc[3]!, MONTHS.get(rfc[2]!.toLowerCase()) ?? -1, +rfc[1]!, +rfc[4]!, +rfc[5]!, +rfc[6]!, 0, zone);
  }
  const iso = ISO.exec(value);
  if (!iso) return parseFreeForm(value);
  const offset = iso[9] ? zoneOffset(iso[9]) : 0;
  const ms = +(iso[8] ?? '0').slice(0, 3).padEnd(3, '0');
  return offset === undefined
    ? undefined
    : toIso(+iso[1]!, +iso[3]! - 1, +(iso[4] ?? 1), +(iso[5] ?? 0), +(iso[6] ?? 0), +(iso[7] ?? 0), ms, offset);
}
