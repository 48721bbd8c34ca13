import { rosterDue } from './roster-due.js';

const at = (iso: string) => new Date(iso);
const tokyoPlant = { timeZone: 'Asia/Tokyo', rosterDueDays: 14 };

describe('rosterDue', () => {
  it('is due two weeks before a Tokyo visit, by the Tokyo calendar', () => {
    // 09:30 on 6 October in Tokyo is still 5 October in UTC.
    const due = rosterDue(
      { startsAt: at('2026-10-06T00:30:00Z'), allDayFrom: null, timeZone: 'Asia/Tokyo' },
      tokyoPlant,
      at('2026-09-21T14:59:59Z'), // 23:59:59 on 21 September in Tokyo
    );
    expect(due).toMatchObject({
      visitOn: '2026-10-06',
      dueOn: '2026-09-22',
      today: '2026-09-21',
      daysLeft: 1,
      available: false,
    });
  });

  it('becomes available at midnight host time on the due date', () => {
    const visit = { startsAt: at('2026-10-06T00:30:00Z'), allDayFrom: null, timeZone: 'Asia/Tokyo' };
    expect(rosterDue(visit, tokyoPlant, at('2026-09-21T15:00:00Z'))).toMatchObject({
      today: '2026-09-22',
      daysLeft: 0,
      available: true,
    });
    expect(rosterDue(visit, tokyoPlant, at('2026-10-10T00:00:00Z'))).toMatchObject({
      daysLeft: -18,
      available: true,
    });
  });

  it('counts two weeks without a facility, in the zone the session was planned in', () => {
    const due = rosterDue(
      { startsAt: at('2026-10-06T00:30:00Z'), allDayFrom: null, timeZone: 'Asia/Tokyo' },
      null,
      at('2026-09-22T00:00:00Z'),
    );
    expect(due).toMatchObject({ dueOn: '2026-09-22', dueDays: 14, timeZone: 'Asia/Tokyo', available: true });
  });

  it('takes the facility zone over the planning zone (a Kiritimati host, planned from Tokyo)', () => {
    // 10:00 on 6 October in Kiritimati (UTC+14) is 05:00 on 6 October in Tokyo, 20:00 on 5 October UTC.
    const due = rosterDue(
      { startsAt: at('2026-10-05T20:00:00Z'), allDayFrom: null, timeZone: 'Asia/Tokyo' },
      { timeZone: 'Pacific/Kiritimati', rosterDueDays: 3 },
      at('2026-10-02T09:59:59Z'), // 23:59:59 on 2 October in Kiritimati
    );
    expect(due).toMatchObject({ visitOn: '2026-10-06', dueOn: '2026-10-03', today: '2026-10-02' });
    expect(due.available).toBe(false);
    expect(
      rosterDue(
        { startsAt: at('2026-10-05T20:00:00Z'), allDayFrom: null, timeZone: 'Asia/Tokyo' },
        { timeZone: 'Pacific/Kiritimati', rosterDueDays: 3 },
        at('2026-10-02T10:00:00Z'),
      ).available,
    ).toBe(true);
  });

  it('reads the visit day in Los Angeles, where it is still the day before in UTC', () => {
    // 16:00 on 1 March in Los Angeles is 00:00 on 2 March UTC.
    const due = rosterDue(
      { startsAt: at('2027-03-02T00:00:00Z'), allDayFrom: null, timeZone: 'UTC' },
      { timeZone: 'America/Los_Angeles', rosterDueDays: 1 },
      at('2027-02-28T12:00:00Z'),
    );
    expect(due).toMatchObject({
      visitOn: '2027-03-01',
      dueOn: '2027-02-28',
      today: '2027-02-28',
      daysLeft: 0,
    });
  });

  it('counts calendar days across a daylight-saving change, not 24-hour periods', () => {
    // Warsaw goes back from CEST to CET on 25 October 2026: the 14 days before 2 November hold 337 hours.
    const visit = { startsAt: at('2026-11-02T09:00:00Z'), allDayFrom: null, timeZone: 'Europe/Warsaw' };
    const terms = { timeZone: 'Europe/Warsaw', rosterDueDays: 14 };
    // 00:00 on 19 October in Warsaw (CEST, UTC+2) is 22:00 on 18 October UTC.
    expect(rosterDue(visit, terms, at('2026-10-18T21:59:59Z'))).toMatchObject({
      dueOn: '2026-10-19',
      today: '2026-10-18',
      daysLeft: 1,
      available: false,
    });
    expect(rosterDue(visit, terms, at('2026-10-18T22:00:00Z'))).toMatchObject({
      today: '2026-10-19',
      available: true,
    });
    // After the change, 00:00 on 1 November is 23:00 on 31 October UTC: one day before the visit.
    expect(rosterDue(visit, terms, at('2026-10-31T23:00:00Z'))).toMatchObject({
      today: '2026-11-01',
      daysLeft: -13,
    });
  });

  it('counts back from the first day of an all-day visit', () => {
    const due = rosterDue(
      { startsAt: null, allDayFrom: '2026-03-30', timeZone: 'Europe/Warsaw' },
      { timeZone: 'Europe/Warsaw', rosterDueDays: 14 },
      at('2026-03-15T23:00:00Z'), // 00:00 on 16 March in Warsaw
    );
    expect(due).toMatchObject({ visitOn: '2026-03-30', dueOn: '2026-03-16', daysLeft: 0, available: true });
  });

  it('takes a notice of 0 days as the host says: on the day of the visit', () => {
    const due = rosterDue(
      { startsAt: at('2026-10-06T00:30:00Z'), allDayFrom: null, timeZone: 'Asia/Tokyo' },
      { timeZone: 'Asia/Tokyo', rosterDueDays: 0 },
      at('2026-10-05T14:59:00Z'),
    );
    expect(due).toMatchObject({ dueOn: '2026-10-06', daysLeft: 1, available: false });
  });
});
