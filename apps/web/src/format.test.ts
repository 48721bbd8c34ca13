import { describe, expect, it } from 'vitest';
import { dayKey, formatBytes, formatPlainDate, formatTime, timeZones, wallClock } from './format';

describe('format', () => {
  it('keeps the wall-clock time across the DST change in Europe/Warsaw (25 October 2026)', () => {
    // 09:00 local on both sides of the change: 07:00Z in summer time, 08:00Z in winter time.
    expect(formatTime('en', '2026-10-24T07:00:00.000Z', 'Europe/Warsaw')).toBe('09:00 AM GMT+2');
    expect(formatTime('en', '2026-10-26T08:00:00.000Z', 'Europe/Warsaw')).toBe('09:00 AM GMT+1');
    expect(dayKey('2026-10-24T22:30:00.000Z', 'Europe/Warsaw')).toBe('2026-10-25');
    expect(dayKey('2026-10-25T22:30:00.000Z', 'Europe/Warsaw')).toBe('2026-10-25');
  });

  it('puts an instant on the day it falls on in a far zone', () => {
    expect(dayKey('2026-10-06T10:00:00.000Z', 'Pacific/Kiritimati')).toBe('2026-10-07');
    expect(dayKey('2026-10-06T10:00:00.000Z', 'America/Los_Angeles')).toBe('2026-10-06');
  });

  it('shows a plain date as the same day in every zone', () => {
    expect(formatPlainDate('en', '2026-10-08')).toBe('Thu, Oct 8, 2026');
    expect(formatPlainDate('ja', '2026-10-08')).toBe('2026年10月8日(木)');
  });

  it('shows sizes in the reader’s language', () => {
    expect(formatBytes('en', 999)).toBe('999 byte');
    expect(formatBytes('en', 1_534_000)).toBe('1.5 MB');
    expect(formatBytes('ja', 2_000_000_000)).toBe('2 GB');
  });

  it('gives the wall-clock time a datetime-local input holds, across DST and in a far zone', () => {
    expect(wallClock('2026-10-24T07:00:00.000Z', 'Europe/Warsaw')).toBe('2026-10-24T09:00');
    expect(wallClock('2026-10-26T08:00:00.000Z', 'Europe/Warsaw')).toBe('2026-10-26T09:00');
    expect(wallClock('2026-10-06T10:00:00.000Z', 'Pacific/Kiritimati')).toBe('2026-10-07T00:00');
    expect(wallClock('2026-10-05T15:00:00.000Z', 'Asia/Tokyo')).toBe('2026-10-06T00:00');
  });

  it('lists the IANA zones the browser knows', () => {
    expect(timeZones()).toEqual(expect.arrayContaining(['Asia/Tokyo', 'Indian/Maldives', 'Europe/Warsaw']));
  });
});
