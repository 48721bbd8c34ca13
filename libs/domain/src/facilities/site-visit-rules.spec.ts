import {
  checkSiteVisit,
  describeWeekdays,
  rosterDueDate,
  type HostRules,
  type SiteVisitPlan,
} from './site-visit-rules.js';

/** The host rules seen for plant visits by overseas groups (DESIGN.md, "Facts for the demo data"). */
const TOKYO_PLANT: HostRules = {
  timeZone: 'Asia/Tokyo',
  allowedWeekdays: [1, 2, 3, 4, 5],
  earliestStart: '09:30',
  latestStart: '15:00',
  typicalDurationMin: 90,
  rosterDueDays: 14,
  visitorsPerInterpreter: 15,
  capacity: 40,
  overseasCapacity: 20,
};

const at = (iso: string) => new Date(iso);

/** A visit of an overseas group of 15 with one interpreter, from `start` for `minutes`. */
const visit = (start: string, minutes = 90, extra: Partial<SiteVisitPlan> = {}): SiteVisitPlan => ({
  startsAt: at(start),
  endsAt: new Date(at(start).getTime() + minutes * 60_000),
  visitors: 15,
  overseasGroup: true,
  interpreters: 1,
  ...extra,
});

const rulesOf = (broken: { rule: string }[]) => broken.map((b) => b.rule);

describe('checkSiteVisit at a Tokyo plant (weekdays, 09:30–15:00, 90 minutes, 1 interpreter per 15)', () => {
  it('accepts a visit that keeps every rule', () => {
    // Tuesday 2026-10-06 10:00–11:30 JST.
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T01:00:00Z'))).toEqual([]);
  });

  it('rejects a site visit that starts at 08:00 host time, naming the rule in host time', () => {
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-05T23:00:00Z'))).toEqual([
      {
        rule: 'earliest-start',
        field: 'startsAt',
        reason: 'starts at 08:00 Asia/Tokyo, before the earliest start of 09:30',
      },
    ]);
  });

  it('rejects a site visit on a Sunday at a weekday-only facility', () => {
    // Sunday 2026-10-04 10:00 JST.
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-04T01:00:00Z'))).toEqual([
      {
        rule: 'weekday',
        field: 'startsAt',
        reason: 'falls on a Sunday in Asia/Tokyo; this facility takes visits Monday to Friday',
      },
    ]);
  });

  it('rejects a roster with too few interpreters, saying how many are needed', () => {
    expect(
      checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T01:00:00Z', 90, { visitors: 20, interpreters: 1 })),
    ).toEqual([
      {
        rule: 'interpreters',
        field: 'interpreters',
        reason: '20 visitors need 2 interpreters (one per 15); 1 is planned',
      },
    ]);
  });

  it('takes the start window inclusively: 09:30 and 15:00 are fine, a second either side is not', () => {
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T00:30:00Z'))).toEqual([]);
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T06:00:00Z'))).toEqual([]);
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T00:29:59Z'))).toEqual([
      {
        rule: 'earliest-start',
        field: 'startsAt',
        reason: 'starts at 09:29:59 Asia/Tokyo, before the earliest start of 09:30',
      },
    ]);
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T06:00:00.001Z'))).toMatchObject([
      { rule: 'latest-start', field: 'startsAt' },
    ]);
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T06:30:00Z'))).toEqual([
      {
        rule: 'latest-start',
        field: 'startsAt',
        reason: 'starts at 15:30 Asia/Tokyo, after the latest start of 15:00',
      },
    ]);
  });

  it('reads the weekday in the host zone, not in UTC', () => {
    // Friday 23:30 UTC is Saturday 08:30 in Tokyo.
    expect(rulesOf(checkSiteVisit(TOKYO_PLANT, visit('2026-10-09T23:30:00Z')))).toEqual([
      'weekday',
      'earliest-start',
    ]);
    // Monday 01:00 UTC is Monday 10:00 in Tokyo: the Sunday before in UTC does not matter.
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-05T01:00:00Z'))).toEqual([]);
  });

  it('names every broken rule, not only the first', () => {
    // Sunday 08:00 JST for three hours, 45 visitors from abroad and no interpreter, planned too late.
    const broken = checkSiteVisit(
      TOKYO_PLANT,
      visit('2026-10-03T23:00:00Z', 180, { visitors: 45, interpreters: 0 }),
      { now: at('2026-10-01T00:00:00Z') },
    );
    expect(broken).toEqual([
      {
        rule: 'weekday',
        field: 'startsAt',
        reason: 'falls on a Sunday in Asia/Tokyo; this facility takes visits Monday to Friday',
      },
      {
        rule: 'earliest-start',
        field: 'startsAt',
        reason: 'starts at 08:00 Asia/Tokyo, before the earliest start of 09:30',
      },
      {
        rule: 'duration',
        field: 'endsAt',
        reason: 'lasts 180 minutes; visits here last about 90 minutes',
      },
      { rule: 'capacity', field: 'visitors', reason: '45 visitors exceed the capacity of 40' },
      {
        rule: 'overseas-capacity',
        field: 'visitors',
        reason: '45 visitors exceed the cap of 20 for overseas groups',
      },
      {
        rule: 'interpreters',
        field: 'interpreters',
        reason: '45 visitors need 3 interpreters (one per 15); none is planned',
      },
      {
        rule: 'roster-due',
        field: 'startsAt',
        reason:
          'the visitor roster is due 14 days before, on 2026-09-20; it is already 2026-10-01 in Asia/Tokyo',
      },
    ]);
  });

  it('lets a visit run to its typical length and refuses one that runs longer', () => {
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T01:00:00Z', 90))).toEqual([]);
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T01:00:00Z', 91))).toEqual([
      { rule: 'duration', field: 'endsAt', reason: 'lasts 91 minutes; visits here last about 90 minutes' },
    ]);
  });

  it('refuses a visit that ends before it starts', () => {
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T01:00:00Z', -30))).toEqual([
      { rule: 'duration', field: 'endsAt', reason: 'ends before it starts' },
    ]);
    expect(rulesOf(checkSiteVisit(TOKYO_PLANT, visit('2026-10-06T01:00:00Z', 0)))).toEqual(['duration']);
  });
});

describe('group size and interpreters', () => {
  const tuesday = '2026-10-06T01:00:00Z';

  it('counts interpreters one per 15, rounding up', () => {
    const check = (visitors: number, interpreters: number) =>
      checkSiteVisit(TOKYO_PLANT, visit(tuesday, 90, { visitors, interpreters }));
    expect(check(15, 1)).toEqual([]);
    expect(check(16, 2)).toEqual([]);
    expect(check(16, 1)).toMatchObject([
      { rule: 'interpreters', reason: '16 visitors need 2 interpreters (one per 15); 1 is planned' },
    ]);
    expect(check(1, 0)).toMatchObject([
      { rule: 'interpreters', reason: '1 visitor needs 1 interpreter (one per 15); none is planned' },
    ]);
    expect(check(20, 3)).toEqual([]);
  });

  it('asks no interpreter of a domestic group, nor at a facility without the rule', () => {
    expect(
      checkSiteVisit(
        TOKYO_PLANT,
        visit(tuesday, 90, { visitors: 20, interpreters: 0, overseasGroup: false }),
      ),
    ).toEqual([]);
    expect(
      checkSiteVisit(
        { ...TOKYO_PLANT, visitorsPerInterpreter: null },
        visit(tuesday, 90, { visitors: 20, interpreters: 0 }),
      ),
    ).toEqual([]);
  });

  it('holds overseas groups to the lower cap and everyone to the capacity', () => {
    const check = (visitors: number, overseasGroup: boolean, rules = TOKYO_PLANT) =>
      rulesOf(checkSiteVisit(rules, visit(tuesday, 90, { visitors, overseasGroup, interpreters: 3 })));
    expect(check(20, true)).toEqual([]);
    expect(check(21, true)).toEqual(['overseas-capacity']);
    expect(check(21, false)).toEqual([]);
    expect(check(40, false)).toEqual([]);
    expect(check(41, false)).toEqual(['capacity']);
    expect(check(41, true)).toEqual(['capacity', 'overseas-capacity']);
    expect(check(40, true, { ...TOKYO_PLANT, overseasCapacity: null })).toEqual([]);
  });
});

describe('far zones', () => {
  it('takes a Sunday-evening UTC start as the Monday morning it is in Kiritimati (UTC+14)', () => {
    const rules = { ...TOKYO_PLANT, timeZone: 'Pacific/Kiritimati' };
    // Sunday 2026-10-04 19:30 UTC = Monday 2026-10-05 09:30 LINT.
    expect(checkSiteVisit(rules, visit('2026-10-04T19:30:00Z'))).toEqual([]);
    // Saturday 19:30 UTC = Sunday 09:30 there.
    expect(checkSiteVisit(rules, visit('2026-10-03T19:30:00Z'))).toMatchObject([
      {
        rule: 'weekday',
        reason: 'falls on a Sunday in Pacific/Kiritimati; this facility takes visits Monday to Friday',
      },
    ]);
  });

  it('takes a Saturday-morning UTC start as the Friday afternoon it is in Los Angeles', () => {
    const rules = { ...TOKYO_PLANT, timeZone: 'America/Los_Angeles', latestStart: '17:30' };
    // Saturday 2026-10-10 00:30 UTC = Friday 17:30 PDT.
    expect(checkSiteVisit(rules, visit('2026-10-10T00:30:00Z'))).toEqual([]);
    expect(checkSiteVisit({ ...rules, latestStart: '15:00' }, visit('2026-10-10T00:30:00Z'))).toEqual([
      {
        rule: 'latest-start',
        field: 'startsAt',
        reason: 'starts at 17:30 America/Los_Angeles, after the latest start of 15:00',
      },
    ]);
  });
});

describe('a host zone that observes daylight saving (Copenhagen, clocks back on 2026-10-25)', () => {
  const COPENHAGEN: HostRules = { ...TOKYO_PLANT, timeZone: 'Europe/Copenhagen' };

  it('reads the same UTC time as 09:30 before the change and 08:30 after it', () => {
    // Friday 2026-10-23 07:30 UTC = 09:30 CEST; Monday 2026-10-26 07:30 UTC = 08:30 CET.
    expect(checkSiteVisit(COPENHAGEN, visit('2026-10-23T07:30:00Z'))).toEqual([]);
    expect(checkSiteVisit(COPENHAGEN, visit('2026-10-26T07:30:00Z'))).toEqual([
      {
        rule: 'earliest-start',
        field: 'startsAt',
        reason: 'starts at 08:30 Europe/Copenhagen, before the earliest start of 09:30',
      },
    ]);
    // And 14:00 UTC is 16:00 before (too late) but 15:00 after (just in time).
    expect(rulesOf(checkSiteVisit(COPENHAGEN, visit('2026-10-23T14:00:00Z')))).toEqual(['latest-start']);
    expect(checkSiteVisit(COPENHAGEN, visit('2026-10-26T14:00:00Z'))).toEqual([]);
  });

  it('measures the duration in time that passes, not in wall-clock hours, on the night of the change', () => {
    const anyTime: HostRules = {
      ...COPENHAGEN,
      allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
      earliestStart: null,
      latestStart: null,
    };
    // 01:30 CEST → 02:30 CET reads as one hour on the wall but takes two.
    expect(
      checkSiteVisit(anyTime, {
        ...visit('2026-10-24T23:30:00Z'),
        endsAt: at('2026-10-25T01:30:00Z'),
      }),
    ).toEqual([
      { rule: 'duration', field: 'endsAt', reason: 'lasts 120 minutes; visits here last about 90 minutes' },
    ]);
    // 02:15 CEST → 02:45 CET reads as half an hour and takes ninety minutes: fine.
    expect(
      checkSiteVisit(anyTime, { ...visit('2026-10-25T00:15:00Z'), endsAt: at('2026-10-25T01:45:00Z') }),
    ).toEqual([]);
  });

  it('counts the roster due date in calendar days of the host zone across the change', () => {
    expect(rosterDueDate(COPENHAGEN, at('2026-10-26T08:30:00Z'))).toBe('2026-10-12');
    expect(rosterDueDate(COPENHAGEN, at('2026-03-30T07:30:00Z'))).toBe('2026-03-16');
    // 23:30 UTC on 2026-10-25 is already Monday the 26th in Copenhagen.
    expect(rosterDueDate(COPENHAGEN, at('2026-10-25T23:30:00Z'))).toBe('2026-10-12');
  });
});

describe('a visit that crosses midnight', () => {
  it('refuses one that runs from Friday night into Saturday at a weekday-only facility', () => {
    // Friday 2026-10-09 23:00 JST → Saturday 01:00 JST.
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-09T14:00:00Z', 120))).toEqual([
      {
        rule: 'weekday',
        field: 'endsAt',
        reason: 'runs into Saturday in Asia/Tokyo; this facility takes visits Monday to Friday',
      },
      {
        rule: 'latest-start',
        field: 'startsAt',
        reason: 'starts at 23:00 Asia/Tokyo, after the latest start of 15:00',
      },
      { rule: 'duration', field: 'endsAt', reason: 'lasts 120 minutes; visits here last about 90 minutes' },
    ]);
  });

  it('names both days when it starts and ends on days the host does not take', () => {
    // Saturday 23:00 → Sunday 00:30 JST.
    expect(checkSiteVisit(TOKYO_PLANT, visit('2026-10-10T14:00:00Z'))[0]).toEqual({
      rule: 'weekday',
      field: 'startsAt',
      reason:
        'falls on a Saturday and runs into Sunday in Asia/Tokyo; this facility takes visits Monday to Friday',
    });
  });

  it('accepts a night visit at a facility that takes visits at any hour, every day', () => {
    const nightShift: HostRules = {
      ...TOKYO_PLANT,
      allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
      earliestStart: null,
      latestStart: null,
      typicalDurationMin: 120,
    };
    expect(checkSiteVisit(nightShift, visit('2026-10-09T14:00:00Z', 120))).toEqual([]);
  });

  it('does not count a visit ending at midnight as running into the next day', () => {
    const lateFriday: HostRules = { ...TOKYO_PLANT, latestStart: '23:00' };
    // Friday 22:30 → Saturday 00:00 JST.
    expect(checkSiteVisit(lateFriday, visit('2026-10-09T13:30:00Z', 90))).toEqual([]);
    expect(rulesOf(checkSiteVisit(lateFriday, visit('2026-10-09T13:30:00Z', 91)))).toEqual([
      'weekday',
      'duration',
    ]);
  });

  it('runs from Thursday into Friday without breaking the weekday rule', () => {
    expect(rulesOf(checkSiteVisit(TOKYO_PLANT, visit('2026-10-08T14:30:00Z', 60)))).toEqual(['latest-start']);
  });
});

describe('the visitor roster', () => {
  it('is due 14 days before the visit date in the host zone', () => {
    // Tuesday 2026-10-06 10:00 JST.
    expect(rosterDueDate(TOKYO_PLANT, at('2026-10-06T01:00:00Z'))).toBe('2026-09-22');
    // 2026-10-05 20:00 UTC is already the 6th in Tokyo, still the 5th in Los Angeles.
    expect(rosterDueDate(TOKYO_PLANT, at('2026-10-05T20:00:00Z'))).toBe('2026-09-22');
    expect(
      rosterDueDate({ timeZone: 'America/Los_Angeles', rosterDueDays: 14 }, at('2026-10-05T20:00:00Z')),
    ).toBe('2026-09-21');
    expect(
      rosterDueDate({ timeZone: 'Pacific/Kiritimati', rosterDueDays: 14 }, at('2026-10-04T19:30:00Z')),
    ).toBe('2026-09-21');
    expect(rosterDueDate({ timeZone: 'Asia/Tokyo', rosterDueDays: 0 }, at('2026-10-06T01:00:00Z'))).toBe(
      '2026-10-06',
    );
  });

  it('is late only once the due day has ended in the host zone, and only when asked with a moment', () => {
    const v = visit('2026-10-06T01:00:00Z');
    // 2026-09-22 23:59 JST: still in time.
    expect(checkSiteVisit(TOKYO_PLANT, v, { now: at('2026-09-22T14:59:59Z') })).toEqual([]);
    // 2026-09-23 00:00 JST: too late.
    expect(checkSiteVisit(TOKYO_PLANT, v, { now: at('2026-09-22T15:00:00Z') })).toEqual([
      {
        rule: 'roster-due',
        field: 'startsAt',
        reason:
          'the visitor roster is due 14 days before, on 2026-09-22; it is already 2026-09-23 in Asia/Tokyo',
      },
    ]);
    expect(checkSiteVisit(TOKYO_PLANT, v)).toEqual([]);
    expect(
      checkSiteVisit({ ...TOKYO_PLANT, rosterDueDays: 0 }, v, { now: at('2026-10-06T15:00:00Z') }),
    ).toMatchObject([
      {
        rule: 'roster-due',
        reason:
          'the visitor roster is due on the day of the visit, 2026-10-06; it is already 2026-10-07 in Asia/Tokyo',
      },
    ]);
  });
});

describe('describeWeekdays', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Monday to Friday'],
    [[1, 3, 5], 'Monday, Wednesday and Friday'],
    [[1, 2, 3, 6], 'Monday to Wednesday and Saturday'],
    [[6, 7], 'Saturday and Sunday'],
    [[2], 'Tuesday'],
    [[5, 1, 2, 3, 4], 'Monday to Friday'],
    [[1, 2, 3, 4, 5, 6, 7], 'every day'],
  ])('says %j as "%s"', (days, text) => {
    expect(describeWeekdays(days)).toBe(text);
  });

  it('lists the allowed days in the weekday reason', () => {
    const rules = { ...TOKYO_PLANT, allowedWeekdays: [2, 4] };
    expect(checkSiteVisit(rules, visit('2026-10-05T01:00:00Z'))).toMatchObject([
      { reason: 'falls on a Monday in Asia/Tokyo; this facility takes visits Tuesday and Thursday' },
    ]);
  });
});
