/**
 * Timestamps as the Choice state's `Timestamp*` operators read them. The spec: "Timestamps are
 * strings which MUST conform to the RFC3339 profile of ISO 8601, with the further restrictions that
 * an uppercase 'T' character MUST be used to separate date and time, and an uppercase 'Z' character
 * MUST be present in the absence of a numeric time zone offset".
 */

/** An instant with nanosecond precision. */
export interface Timestamp {
  readonly epochSeconds: number;
  readonly nanos: number;
}

// Seconds are required (RFC 3339); a fraction may have 1 to 9 digits (AWS takes `.00Z` and
// `.000000Z` alike; its JVM parser stops at nanoseconds); the offset is `Z` or `±hh:mm`.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Parses an RFC 3339 timestamp; `undefined` when the text is not one (wrong shape, lowercase `t`/`z`,
 * no offset, or a field out of range such as hour 25 or February 30).
 * @example parseTimestamp('2016-03-14T01:59:00Z')?.epochSeconds === 1457920740
 */
export function parseTimestamp(text: string): Timestamp | undefined {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offHours > 23 || offMinutes > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offHours * 60 + offMinutes);
  }
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear keeps them as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const epochSeconds = date.getTime() / 1000 - offsetMinutes * 60;
  const nanos = m[7] === undefined ? 0 : Number(m[7].padEnd(9, '0'));
  return { epochSeconds, nanos };
}

/**
 * Orders two instants: negative when `a` is earlier, 0 when equal, positive when later.
 * @example compareTimestamps(parseTimestamp('2012-10-09T20:00:55+01:00')!, parseTimestamp('2012-10-09T19:00:55Z')!) === 0
 */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  return a.epochSeconds !== b.epochSeconds ? a.epochSeconds - b.epochSeconds : a.nanos - b.nanos;
}
