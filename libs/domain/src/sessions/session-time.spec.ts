import { allDaySpan, dateIn, instantFrom, localHours } from './session-time.js';

describe('instantFrom', () => {
  it('reads a wall-clock time in the planning zone', () => {
    expect(instantFrom('2026-10-06T09:30', 'Asia/Tokyo')).toEqual({ at: new Date('2026-10-06T00:30:00Z') });
    expect(instantFrom('2026-10-06T09:30', 'Pacific/Kiritimati')).toEqual({
      at: new Date('2026-10-05T19:30:00Z'),
    });
  });

  it('keeps an instant given with its offset as it is', () => {
    expect(instantFrom('2026-10-06T09:30:00+05:30', 'Asia/Tokyo')).toEqual({
      at: new Date('2026-10-06T04:00:00Z'),
    });
    expect(instantFrom('2026-10-06T00:30:00Z', 'Europe/Copenhagen')).toEqual({
      at: new Date('2026-10-06T00:30:00Z'),
    });
  });

  it('refuses a time the clocks skip, and takes the first of a time that happens twice', () => {
    // Copenhagen: 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
    expect(instantFrom('2026-03-29T02:30', 'Europe/Copenhagen')).toEqual({
      problem: '2026-03-29T02:30 does not exist in Europe/Copenhagen (the clocks skip it)',
    });
    expect(instantFrom('2026-10-25T02:30', 'Europe/Copenhagen')).toEqual({
      at: new Date('2026-10-25T00:30:00Z'),
    });
  });

  it('refuses what is not a date-time', () => {
    expect(instantFrom('next Tuesday', 'Asia/Tokyo')).toHaveProperty('problem');
    expect(instantFrom('2026-02-30T09:00', 'Asia/Tokyo')).toHaveProperty('problem');
  });
});

describe('dates and all-day spans', () => {
  it('gives the local date of an instant', () => {
    expect(dateIn(new Date('2026-10-05T20:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-10-06');
    expect(dateIn(new Date('2026-10-05T20:00:00Z'), 'America/Los_Angeles')).toBe('2026-10-05');
  });

  it('spans whole local days, 25 hours on the day the clocks go back', () => {
    const span = allDaySpan('2026-10-25', '2026-10-25', 'Europe/Copenhagen');
    expect(span.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect((span.end.getTime() - span.start.getTime()) / 3_600_000).toBe(25);
  });
});

describe('localHours', () => {
  // A webinar from Tokyo at 16:00–17:30 JST (07:00–08:30 UTC).
  const start = new Date('2026-10-09T07:00:00Z');
  const end = new Date('2026-10-09T08:30:00Z');

  it.each([
    ['Asia/Tokyo', '2026-10-09T16:00:00+09:00', true],
    ['Asia/Kolkata', '2026-10-09T12:30:00+05:30', true],
    ['Indian/Maldives', '2026-10-09T12:00:00+05:00', true],
    ['Europe/Copenhagen', '2026-10-09T09:00:00+02:00', true],
    ['America/Los_Angeles', '2026-10-09T00:00:00-07:00', false],
    ['Pacific/Kiritimati', '2026-10-09T21:00:00+14:00', false],
  ])('in %s it starts at %s (reasonable: %s)', (zone, localStart, reasonable) => {
    expect(localHours(start, end, zone)).toMatchObject({ start: localStart, reasonable });
  });

  it('accepts a session ending exactly at 22:00 and refuses one past midnight', () => {
    expect(
      localHours(new Date('2026-10-09T11:00:00Z'), new Date('2026-10-09T13:00:00Z'), 'Asia/Tokyo').reasonable,
    ).toBe(true);
    expect(
      localHours(new Date('2026-10-09T14:00:00Z'), new Date('2026-10-09T15:30:00Z'), 'Asia/Tokyo').reasonable,
    ).toBe(false);
  });
});
