import { dueReminderRound, reminderInstants, type ReminderSchedule } from './survey-reminders.js';

const schedule = (over: Partial<ReminderSchedule> = {}): ReminderSchedule => ({
  opensAt: new Date('2026-06-01T00:00:00Z'),
  closesAt: new Date('2026-06-15T00:00:00Z'),
  reminderDays: '3,7',
  hostTimeZone: 'Asia/Tokyo',
  ...over,
});
const at = (iso: string) => new Date(iso);

describe('reminder rounds', () => {
  it('has no round before the first reminder day, nor for a survey without reminder days', () => {
    expect(dueReminderRound(schedule(), at('2026-06-03T23:59:59Z'))).toBeNull();
    expect(dueReminderRound(schedule({ reminderDays: null }), at('2026-06-14T00:00:00Z'))).toBeNull();
  });

  it('makes round 1 due at opens_at + the first day count, exactly then', () => {
    expect(dueReminderRound(schedule(), at('2026-06-04T00:00:00Z'))).toEqual({
      round: 1,
      at: at('2026-06-04T00:00:00Z'),
    });
    expect(dueReminderRound(schedule(), at('2026-06-07T23:59:59Z'))?.round).toBe(1);
  });

  it('gives only the latest round when several have passed (a worker down for days)', () => {
    expect(dueReminderRound(schedule(), at('2026-06-12T08:00:00Z'))).toEqual({
      round: 2,
      at: at('2026-06-08T00:00:00Z'),
    });
  });

  it('never makes a round due at or after the closing time', () => {
    const closesEarly = schedule({ closesAt: at('2026-06-08T00:00:00Z') });
    expect(dueReminderRound(closesEarly, at('2026-06-09T00:00:00Z'))).toEqual({
      round: 1,
      at: at('2026-06-04T00:00:00Z'),
    });
    expect(
      dueReminderRound(schedule({ closesAt: at('2026-06-03T00:00:00Z') }), at('2026-06-09T00:00:00Z')),
    ).toBeNull();
  });

  it('counts days on the host calendar: the host clock hour holds across a DST change (Europe/Warsaw)', () => {
    // 09:00 in Warsaw on 27 March 2026 (CET, UTC+1); DST starts on the 29th, so 3 days later is 07:00 UTC.
    const warsaw = schedule({
      opensAt: at('2026-03-27T08:00:00Z'),
      closesAt: at('2026-04-30T00:00:00Z'),
      reminderDays: '3',
      hostTimeZone: 'Europe/Warsaw',
    });
    expect(reminderInstants(warsaw)).toEqual([at('2026-03-30T07:00:00Z')]);
    expect(dueReminderRound(warsaw, at('2026-03-30T07:30:00Z'))?.round).toBe(1);
    expect(dueReminderRound(warsaw, at('2026-03-30T07:59:00Z'))?.at).toEqual(at('2026-03-30T07:00:00Z'));
  });

  it('works in a far zone (Pacific/Kiritimati, UTC+14) and sorts unsorted day counts', () => {
    const kiritimati = schedule({ reminderDays: '7,1', hostTimeZone: 'Pacific/Kiritimati' });
    expect(reminderInstants(kiritimati)).toEqual([at('2026-06-02T00:00:00Z'), at('2026-06-08T00:00:00Z')]);
  });
});
