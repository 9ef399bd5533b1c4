/**
 * A whole number from an attribute or property, for a count, level or size: `fallback` when
 * `value` is not a positive number (unset, NaN, 0, negative), else floored into `min`–`max`.
 */
export function boundedInteger(value: unknown, fallback: number, min = 1, max = Infinity): number {
  return typeof value == 'number' && value > 0 ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;
}
