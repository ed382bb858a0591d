import { describe, expect, it } from 'vitest';
import { compareTimestamps, parseTimestamp } from './timestamp';

describe('parseTimestamp', () => {
  it.each([
    ['2016-03-14T01:59:00Z', Date.UTC(2016, 2, 14, 1, 59, 0) / 1000, 0],
    ['2016-03-14T01:59:00.5Z', Date.UTC(2016, 2, 14, 1, 59, 0) / 1000, 500_000_000],
    ['2016-03-14T01:59:00.000000Z', Date.UTC(2016, 2, 14, 1, 59, 0) / 1000, 0],
    ['2016-03-14T01:59:00.123456789Z', Date.UTC(2016, 2, 14, 1, 59, 0) / 1000, 123_456_789],
    ['2016-03-14T01:59:00+01:00', Date.UTC(2016, 2, 14, 0, 59, 0) / 1000, 0],
    ['2016-03-14T01:59:00-08:30', Date.UTC(2016, 2, 14, 10, 29, 0) / 1000, 0],
    ['2016-02-29T00:00:00Z', Date.UTC(2016, 1, 29) / 1000, 0],
  ])('accepts %s', (text, epochSeconds, nanos) => {
    expect(parseTimestamp(text)).toEqual({ epochSeconds, nanos });
  });

  it('keeps two-digit years as written (year 1 is not 1901)', () => {
    expect(parseTimestamp('0001-01-01T00:00:00Z')?.epochSeconds).toBe(-62135596800);
  });

  it.each([
    ['no offset', '2012-10-09T19:00:55'],
    ['a date alone', '2023-02-24'],
    ['a space instead of T', '2016-12-05 21:29:29Z'],
    ['lowercase t', '2016-12-05t21:29:29Z'],
    ['lowercase z', '2016-12-05T21:29:29z'],
    ['no seconds', '2016-12-05T21:29Z'],
    ['hour 25', '2016-12-05T25:29:29Z'],
    ['minute 60', '2016-12-05T21:60:29Z'],
    ['second 60', '2016-12-05T21:29:60Z'],
    ['month 13', '2016-13-05T21:29:29Z'],
    ['February 30', '2016-02-30T21:29:29Z'],
    ['February 29 of a non-leap year', '2015-02-29T21:29:29Z'],
    ['day first', '05-12-2016T21:29:29Z'],
    ['an empty fraction', '2016-12-05T21:29:29.Z'],
    ['a fraction past nanoseconds', '2016-12-05T21:29:29.1234567891Z'],
    ['an offset without colon', '2016-12-05T21:29:29+0100'],
    ['trailing text', '2016-12-05T21:29:29Z '],
    ['the microsecond-style Python format', '2023-02-24 12:15:56.832957'],
  ])('rejects %s', (_name, text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe('compareTimestamps', () => {
  const t = (s: string) => parseTimestamp(s)!;
  it.each([
    ['2012-10-09T19:00:55Z', '2012-10-09T19:00:56Z', -1],
    ['2012-10-09T19:00:56Z', '2012-10-09T19:00:55Z', 1],
    ['2012-10-09T20:00:55+01:00', '2012-10-09T19:00:55Z', 0],
    ['2012-10-09T19:00:55.1Z', '2012-10-09T19:00:55.100000Z', 0],
    ['2012-10-09T19:00:55.000000001Z', '2012-10-09T19:00:55Z', 1],
    ['2012-10-10T00:30:00+05:30', '2012-10-09T19:00:00Z', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareTimestamps(t(a), t(b)))).toBe(sign);
  });
});
