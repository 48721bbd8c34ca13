import { allDaySpan, dateIn, instantFrom } from './session-time.js';

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
