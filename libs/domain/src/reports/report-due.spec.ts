import { dueAfterEnd } from './report-due.js';

describe('dueAfterEnd', () => {
  it('ends the due day at midnight in the programme zone, in winter time (Europe/Warsaw, UTC+1)', () => {
    expect(dueAfterEnd('2027-01-28', 1, 'Europe/Warsaw').toISOString()).toBe('2027-02-28T22:59:59.999Z');
  });

  it('keeps the local end of day across the spring DST change (Europe/Warsaw, UTC+2 from 28 March 2027)', () => {
    expect(dueAfterEnd('2027-02-28', 1, 'Europe/Warsaw').toISOString()).toBe('2027-03-28T21:59:59.999Z');
  });

  it('keeps the local end of day across the autumn DST change (Europe/Warsaw, back to UTC+1 on 31 October 2027)', () => {
    expect(dueAfterEnd('2027-04-30', 6, 'Europe/Warsaw').toISOString()).toBe('2027-10-30T21:59:59.999Z');
    expect(dueAfterEnd('2027-05-31', 5, 'Europe/Warsaw').toISOString()).toBe('2027-10-31T22:59:59.999Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(dueAfterEnd('2027-01-31', 1, 'Asia/Tokyo').toISOString()).toBe('2027-02-28T14:59:59.999Z');
  });

  it('takes the far zone’s own calendar day (Pacific/Kiritimati, UTC+14)', () => {
    expect(dueAfterEnd('2027-09-30', 0, 'Pacific/Kiritimati').toISOString()).toBe('2027-09-30T09:59:59.999Z');
  });
});
