import { scheduleWindow, startMillis, timePoint, usableZone, type ScheduleWindow } from './schedule-time.js';

const at = (iso: string) => new Date(iso);

describe('schedule times', () => {
  describe('timePoint', () => {
    // A Tokyo lecture at 09:30 JST (00:30 UTC) on Tuesday 6 October 2026.
    it.each([
      ['Asia/Tokyo', '2026-10-06T09:30:00+09:00'],
      ['Asia/Kolkata', '2026-10-06T06:00:00+05:30'],
      ['Indian/Maldives', '2026-10-06T05:30:00+05:00'],
      ['Europe/Copenhagen', '2026-10-06T02:30:00+02:00'],
      ['America/Los_Angeles', '2026-10-05T17:30:00-07:00'],
      ['Pacific/Kiritimati', '2026-10-06T14:30:00+14:00'],
    ])('shows 09:30 in Tokyo to a trainee in %s as %s, beside the host time', (zone, local) => {
      expect(timePoint(at('2026-10-06T00:30:00Z'), zone, 'Asia/Tokyo')).toEqual({
        utc: '2026-10-06T00:30:00.000Z',
        local: { dateTime: local, zone },
        host: { dateTime: '2026-10-06T09:30:00+09:00', zone: 'Asia/Tokyo' },
      });
    });

    it('puts a Tokyo evening webinar on the next day in Kiritimati and on the same morning in Los Angeles', () => {
      const start = at('2026-10-06T13:00:00Z'); // 22:00 in Tokyo
      expect(timePoint(start, 'Pacific/Kiritimati', 'Asia/Tokyo').local.dateTime).toBe(
        '2026-10-07T03:00:00+14:00',
      );
      expect(timePoint(start, 'America/Los_Angeles', 'Asia/Tokyo').local.dateTime).toBe(
        '2026-10-06T06:00:00-07:00',
      );
      expect(timePoint(start, 'Pacific/Kiritimati', 'Asia/Tokyo').host.dateTime).toBe(
        '2026-10-06T22:00:00+09:00',
      );
    });

    it('gives a session across the Copenhagen change on 2026-10-25 each end its own offset', () => {
      // 00:30–02:30 UTC: clocks there go back from 03:00 CEST to 02:00 CET at 01:00 UTC.
      const start = timePoint(at('2026-10-25T00:30:00Z'), 'Europe/Copenhagen', 'Asia/Tokyo');
      const end = timePoint(at('2026-10-25T02:30:00Z'), 'Europe/Copenhagen', 'Asia/Tokyo');
      expect([start.local.dateTime, end.local.dateTime]).toEqual([
        '2026-10-25T02:30:00+02:00',
        '2026-10-25T03:30:00+01:00',
      ]);
      expect([start.host.dateTime, end.host.dateTime]).toEqual([
        '2026-10-25T09:30:00+09:00',
        '2026-10-25T11:30:00+09:00',
      ]);
    });

    it('uses the offset of each date in Copenhagen and Los Angeles, not one for the year', () => {
      const copenhagen = ['2026-10-24', '2026-10-26'].map(
        (d) => timePoint(at(`${d}T07:00:00Z`), 'Europe/Copenhagen', 'Asia/Tokyo').local.dateTime,
      );
      expect(copenhagen).toEqual(['2026-10-24T09:00:00+02:00', '2026-10-26T08:00:00+01:00']);
      const losAngeles = ['2026-10-31', '2026-11-02'].map(
        (d) => timePoint(at(`${d}T17:00:00Z`), 'America/Los_Angeles', 'Asia/Tokyo').local.dateTime,
      );
      expect(losAngeles).toEqual(['2026-10-31T10:00:00-07:00', '2026-11-02T09:00:00-08:00']);
    });

    it('names the zones it used', () => {
      const point = timePoint(at('2026-10-06T00:30:00Z'), 'Indian/Maldives', 'Asia/Tokyo');
      expect([point.local.zone, point.host.zone]).toEqual(['Indian/Maldives', 'Asia/Tokyo']);
    });
  });

  describe('scheduleWindow', () => {
    const now = at('2026-10-01T12:00:00Z');
    const ok = (w: ReturnType<typeof scheduleWindow>) => w as ScheduleWindow;

    it('starts 7 days before today in the reader’s zone and lasts 120 days', () => {
      // At 12:00 UTC on 1 October it is already 2 October in Kiritimati, still 1 October in Los Angeles.
      expect(ok(scheduleWindow({}, 'Pacific/Kiritimati', now))).toMatchObject({
        from: '2026-09-25',
        to: '2027-01-22',
      });
      expect(ok(scheduleWindow({}, 'America/Los_Angeles', now))).toMatchObject({
        from: '2026-09-24',
        to: '2027-01-21',
      });
    });

    it('spans from the first midnight of from to the midnight after to, in the reader’s zone', () => {
      const w = ok(scheduleWindow({ from: '2026-10-24', to: '2026-10-25' }, 'Europe/Copenhagen', now));
      expect([w.start.toISOString(), w.end.toISOString()]).toEqual([
        '2026-10-23T22:00:00.000Z',
        '2026-10-25T23:00:00.000Z',
      ]);
      const k = ok(scheduleWindow({ from: '2026-10-07', to: '2026-10-07' }, 'Pacific/Kiritimati', now));
      expect([k.start.toISOString(), k.end.toISOString()]).toEqual([
        '2026-10-06T10:00:00.000Z',
        '2026-10-07T10:00:00.000Z',
      ]);
    });

    it('lasts 120 days from a lone from, or up to a lone to', () => {
      expect(ok(scheduleWindow({ from: '2026-10-05' }, 'Asia/Tokyo', now))).toMatchObject({
        from: '2026-10-05',
        to: '2027-02-01',
      });
      expect(ok(scheduleWindow({ to: '2027-02-01' }, 'Asia/Tokyo', now))).toMatchObject({
        from: '2026-10-05',
        to: '2027-02-01',
      });
    });

    it.each([
      [{ from: '2026-10-05', to: '2026-10-04' }, 'to', 'must not be before from'],
      [{ from: '2026-01-01', to: '2027-01-02' }, 'to', 'must be at most 366 days after from'],
      [{ from: '2026-02-30' }, 'from', 'must be a date such as 2026-10-05'],
    ])('refuses %j, naming %s', (query, field, reason) => {
      expect(scheduleWindow(query, 'Asia/Kolkata', now)).toEqual({ problem: { field, reason } });
    });

    it('takes a whole leap year of 366 days', () => {
      expect(ok(scheduleWindow({ from: '2028-01-01', to: '2028-12-31' }, 'Asia/Tokyo', now)).to).toBe(
        '2028-12-31',
      );
    });
  });

  it('orders an all-day item from its first midnight in the reader’s zone', () => {
    expect(new Date(startMillis(null, '2026-10-07', 'Pacific/Kiritimati')).toISOString()).toBe(
      '2026-10-06T10:00:00.000Z',
    );
    expect(startMillis(at('2026-10-06T00:30:00Z'), null, 'Asia/Tokyo')).toBe(Date.UTC(2026, 9, 6, 0, 30));
  });

  it('reads a zone Luxon does not know as UTC', () => {
    expect([usableZone('Asia/Tokio'), usableZone('Indian/Maldives')]).toEqual(['UTC', 'Indian/Maldives']);
  });
});
