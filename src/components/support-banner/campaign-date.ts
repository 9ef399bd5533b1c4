/** A calendar date alone, as `start` and `end` usually are. */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The time (ms) an ISO `start` or `end` attribute stands for, or undefined when unset or invalid.
 * A date alone means the reader's local midnight, and an `end` date includes its whole day, so
 * `end="2025-06-30"` still shows on the evening of 30 June.
 */
export function campaignDate(value: string | undefined, end = false): number | undefined {
  const day = value && DATE_ONLY.exec(value);
  const time = day ? new Date(+day[1], +day[2] - 1, +day[3] + (end ? 1 : 0)).getTime() : value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : time;
}
