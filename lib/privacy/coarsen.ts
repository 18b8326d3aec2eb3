/**
 * Figures coarse enough that they cannot be matched against a portal's own logs of who uploaded
 * what and when (issue 18 §5): an exact byte size and a millisecond timestamp together point to one
 * upload of one person. The timings keep sizes to two significant figures and times to the minute;
 * exports carry times to the hour. Durations stay exact: they describe the portal, not a person.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** 123,456 → 120,000; 1,049 → 1,000; 0 stays 0. */
export function twoSignificant(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 0;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
}

export function toMinute(at: number): number {
  return Math.floor(at / MINUTE_MS) * MINUTE_MS;
}

export function toHour(at: number): number {
  return Math.floor(at / HOUR_MS) * HOUR_MS;
}
