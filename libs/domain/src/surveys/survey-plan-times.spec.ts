import {
  daysAfter,
  missedAt,
  programmeEnd,
  sessionEnd,
  wantedOccurrences,
  type PlanSession,
} from './survey-plan-times.js';

const session = (id: string, over: Partial<PlanSession> = {}): PlanSession => ({
  id,
  kind: 'lecture',
  status: 'scheduled',
  endsAt: null,
  allDayFrom: null,
  allDayTo: null,
  timeZone: 'Asia/Tokyo',
  ...over,
});
const at = (iso: string) => new Date(iso);

describe('survey plan due times', () => {
  it('plans an L1 at the end of each session that is not cancelled, of the kinds chosen', () => {
    const sessions = [
      session('lecture', { endsAt: at('2027-02-23T03:00:00Z') }),
      session('visit', { kind: 'site_visit', status: 'moved', endsAt: at('2027-02-24T06:30:00Z') }),
      session('webinar', { kind: 'webinar', endsAt: at('2027-02-25T09:00:00Z') }),
      session('cancelled', { status: 'cancelled', endsAt: at('2027-02-26T03:00:00Z') }),
    ];
    const all = wantedOccurrences([{ level: 'L1', sessionKinds: null }], sessions, null, 'Asia/Tokyo');
    expect(all).toEqual([
      { level: 'L1', sessionId: 'lecture', dueAt: at('2027-02-23T03:00:00Z') },
      { level: 'L1', sessionId: 'visit', dueAt: at('2027-02-24T06:30:00Z') },
      { level: 'L1', sessionId: 'webinar', dueAt: at('2027-02-25T09:00:00Z') },
    ]);
    const some = wantedOccurrences(
      [{ level: 'L1', sessionKinds: ['site_visit', 'webinar'] }],
      sessions,
      null,
      'Asia/Tokyo',
    );
    expect(some.map((o) => o.sessionId)).toEqual(['visit', 'webinar']);
  });

  it('ends an all-day session at the end of its last day in its own zone', () => {
    expect(sessionEnd(session('a', { allDayFrom: '2027-02-22', allDayTo: '2027-02-23' }))).toEqual(
      at('2027-02-23T14:59:59.999Z'),
    );
    expect(sessionEnd(session('k', { allDayFrom: '2027-03-05', timeZone: 'Pacific/Kiritimati' }))).toEqual(
      at('2027-03-05T09:59:59.999Z'),
    );
  });

  it('ends the programme with its last phase day, at the last session’s end when that is on that day', () => {
    const sessions = [
      session('first', { endsAt: at('2027-02-22T03:00:00Z') }),
      session('last', { endsAt: at('2027-03-05T08:00:00Z') }), // 17:00 in Tokyo on 5 March
      session('gone', { status: 'cancelled', endsAt: at('2027-03-06T08:00:00Z') }),
    ];
    expect(programmeEnd('2027-03-05', sessions, 'Asia/Tokyo')).toEqual(at('2027-03-05T08:00:00Z'));
    // The follow-up phase runs past the sessions: the end of its last day in the host zone.
    expect(programmeEnd('2027-09-30', sessions, 'Asia/Tokyo')).toEqual(at('2027-09-30T14:59:59.999Z'));
    // Without phases: the last session that is not cancelled.
    expect(programmeEnd(null, sessions, 'Asia/Tokyo')).toEqual(at('2027-03-05T08:00:00Z'));
    expect(programmeEnd(null, [], 'Asia/Tokyo')).toBeNull();
  });

  it('plans nothing at programme level for a programme without dates', () => {
    const rules = [
      { level: 'programme_end' as const, sessionKinds: null },
      { level: 'L3_90' as const, sessionKinds: null },
    ];
    expect(wantedOccurrences(rules, [], null, 'Asia/Tokyo')).toEqual([]);
  });

  it('plans the programme-end survey at the end and L3 at +90 and +180 days on the host calendar', () => {
    const rules = (['programme_end', 'L3_90', 'L3_180'] as const).map((level) => ({
      level,
      sessionKinds: null,
    }));
    const sessions = [session('last', { timeZone: 'Europe/Warsaw', endsAt: at('2027-01-15T16:00:00Z') })];
    // 17:00 in Warsaw in winter (UTC+1); 90 and 180 days later it is summer time (UTC+2): still 17:00 there.
    expect(wantedOccurrences(rules, sessions, null, 'Europe/Warsaw')).toEqual([
      { level: 'programme_end', sessionId: null, dueAt: at('2027-01-15T16:00:00Z') },
      { level: 'L3_90', sessionId: null, dueAt: at('2027-04-15T15:00:00Z') },
      { level: 'L3_180', sessionId: null, dueAt: at('2027-07-14T15:00:00Z') },
    ]);
  });

  it('counts the follow-up days across month ends and back out of daylight saving time', () => {
    // 31 August, end of day in Tokyo: +90 → 29 November, +180 → 27 February of a leap year.
    const end = at('2027-08-31T14:59:59.999Z');
    expect(daysAfter(end, 90, 'Asia/Tokyo')).toEqual(at('2027-11-29T14:59:59.999Z'));
    expect(daysAfter(end, 180, 'Asia/Tokyo')).toEqual(at('2028-02-27T14:59:59.999Z'));
    // 16:00 in Los Angeles (PDT) → 16:00 PST in December, 16:00 PDT again in March.
    const la = at('2027-09-30T23:00:00Z');
    expect(daysAfter(la, 90, 'America/Los_Angeles')).toEqual(at('2027-12-30T00:00:00Z'));
    expect(daysAfter(la, 180, 'America/Los_Angeles')).toEqual(at('2028-03-28T23:00:00Z'));
    // Pacific/Kiritimati (UTC+14): the day of the end there, not in UTC.
    expect(daysAfter(at('2027-03-05T09:59:59.999Z'), 90, 'Pacific/Kiritimati')).toEqual(
      at('2027-06-03T09:59:59.999Z'),
    );
  });
});

describe('missedAt', () => {
  const at = (iso: string) => new Date(iso);
  const l1 = { level: 'L1' as const, sessionId: 's1', dueAt: at('2027-02-01T08:00:00Z') };

  it('is missed only when the survey, made when due, would have closed by now', () => {
    expect(missedAt(l1, 7, at('2027-02-08T07:59:59Z'))).toBe(false);
    expect(missedAt(l1, 7, at('2027-02-08T08:00:00Z'))).toBe(true);
    expect(missedAt(l1, 7, at('2027-01-31T00:00:00Z'))).toBe(false);
  });

  it('gives an L3 follow-up its own, longer window', () => {
    const l3 = { level: 'L3_90' as const, sessionId: null, dueAt: at('2027-05-01T00:00:00Z') };
    expect(missedAt(l3, 30, at('2027-05-20T00:00:00Z'))).toBe(false);
    expect(missedAt(l3, 30, at('2027-06-01T00:00:00Z'))).toBe(true);
  });
});
