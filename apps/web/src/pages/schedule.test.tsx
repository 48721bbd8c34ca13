import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const programme = {
  id: '11111111-1111-4111-8111-111111111111',
  code: 'MOEJ-2026-WM',
  title: 'Waste management',
};

const at = (utc: string, local: string, localZone: string, host: string) => ({
  utc,
  local: { dateTime: local, zone: localZone },
  host: { dateTime: host, zone: 'Asia/Tokyo' },
});

const base = {
  programme,
  access: 'attend' as const,
  teaching: false,
  location: { room: null, facilityId: null },
  meetingUrl: null,
  dialIn: null,
  from: null,
  to: null,
};

// The trainee is in Pacific/Kiritimati (UTC+14), the host in Asia/Tokyo (UTC+9).
const items: Schemas['ScheduleItemResponse'][] = [
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000001',
    kind: 'lecture',
    title: 'Separation and collection',
    status: 'scheduled',
    allDay: false,
    location: { room: 'Room 501', facilityId: null },
    // 10:00–11:30 in Tokyo on 6 October is 15:00–16:30 on 6 October in Kiritimati.
    start: at(
      '2026-10-06T01:00:00.000Z',
      '2026-10-06T15:00:00+14:00',
      'Pacific/Kiritimati',
      '2026-10-06T10:00:00+09:00',
    ),
    end: at(
      '2026-10-06T02:30:00.000Z',
      '2026-10-06T16:30:00+14:00',
      'Pacific/Kiritimati',
      '2026-10-06T11:30:00+09:00',
    ),
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000002',
    kind: 'webinar',
    title: 'Reuse, an Essential Part of Circular Economy',
    status: 'scheduled',
    allDay: false,
    meetingUrl: 'https://meet.example/reuse',
    // 19:00 in Tokyo on 6 October is already 7 October, 00:00, in Kiritimati.
    start: at(
      '2026-10-06T10:00:00.000Z',
      '2026-10-07T00:00:00+14:00',
      'Pacific/Kiritimati',
      '2026-10-06T19:00:00+09:00',
    ),
    end: at(
      '2026-10-06T11:00:00.000Z',
      '2026-10-07T01:00:00+14:00',
      'Pacific/Kiritimati',
      '2026-10-06T20:00:00+09:00',
    ),
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000003',
    kind: 'site_visit',
    title: 'Chūō incineration plant',
    status: 'cancelled',
    allDay: true,
    start: null,
    end: null,
    from: '2026-10-08',
    to: '2026-10-08',
  },
];

const feed = {
  url: 'https://kenshu.example/api/v1/calendar/secret-token.ics',
  webcalUrl: 'webcal://kenshu.example/api/v1/calendar/secret-token.ics',
  createdAt: '2026-09-01T00:00:00.000Z',
  rotatedAt: null,
};

function renderSchedule() {
  fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
    'GET /api/v1/me/schedule': {
      body: { timeZone: 'Pacific/Kiritimati', from: '2026-09-29', to: '2027-01-26', items },
    },
    'GET /api/v1/me/calendar-feed': { body: feed },
  });
  renderApp('/schedule', trainee);
}

describe('my schedule page', () => {
  it('shows each session in my time (Pacific/Kiritimati) with the host’s time (Asia/Tokyo) beside it', async () => {
    renderSchedule();
    const lecture = (
      await screen.findByRole('heading', { level: 3, name: 'Separation and collection' })
    ).closest('li')!;
    expect(lecture.textContent).toContain('03:00 PM GMT+14 – 04:30 PM GMT+14');
    expect(lecture.textContent).toContain(
      'Host time: Tue, Oct 6, 2026 10:00 AM GMT+9 – 11:30 AM GMT+9 (Asia/Tokyo)',
    );
    expect(lecture.textContent).toContain('Lecture · MOEJ-2026-WM · Room 501');
    expect(
      screen.getByText('Times in your time zone, Pacific/Kiritimati, with the host’s time beside them.'),
    ).toBeTruthy();
    await expectAccessible();
  });

  it('groups sessions by the day in my zone, not the host’s', async () => {
    renderSchedule();
    const days = await screen.findAllByRole('heading', { level: 2 });
    expect(days.map((h) => h.textContent)).toEqual([
      'Tue, Oct 6, 2026',
      'Wed, Oct 7, 2026',
      'Thu, Oct 8, 2026',
      'All your sessions in your calendar',
    ]);
    const oct7 = days[1].closest('section')!;
    expect(within(oct7).getByRole('heading', { level: 3 }).textContent).toBe(
      'Reuse, an Essential Part of Circular Economy',
    );
    expect(within(oct7).getByRole('link', { name: 'Join the webinar' }).getAttribute('href')).toBe(
      'https://meet.example/reuse',
    );
  });

  it('keeps a cancelled all-day site visit, marked as cancelled, with its date and no times', async () => {
    renderSchedule();
    const visit = (await screen.findByRole('heading', { level: 3, name: /Chūō incineration plant/ })).closest(
      'li',
    )!;
    expect(visit.textContent).toContain('Cancelled');
    expect(visit.textContent).toContain('All day · Thu, Oct 8, 2026');
    expect(visit.textContent).not.toContain('Host time');
    expect(within(visit).queryByRole('link')).toBeNull();
  });

  it('adds a session to my calendar as a file, or all of them through my calendar feed', async () => {
    renderSchedule();
    const one = await screen.findByRole('link', { name: 'Add to calendar: Separation and collection' });
    expect(one.textContent).toBe('Add to calendar');
    expect(one.getAttribute('download')).toBe('kenshu-a0000000-0000-4000-8000-000000000001.ics');
    const ics = decodeURIComponent(
      one.getAttribute('href')!.replace('data:text/calendar;charset=utf-8,', ''),
    );
    expect(ics).toContain('DTSTART:20261006T010000Z\r\nDTEND:20261006T023000Z\r\n');
    expect(ics).toContain('LOCATION:Room 501\r\n');
    const add = screen.getByRole('link', { name: 'Subscribe' });
    expect(add.getAttribute('href')).toBe(feed.webcalUrl);
    expect((screen.getByLabelText('Feed address (keep it private)') as HTMLInputElement).value).toBe(
      feed.url,
    );
  });

  it('formats times in Japanese for a Japanese user', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor({ ...trainee, locale: 'ja' }) },
      'GET /api/v1/me/schedule': {
        body: {
          timeZone: 'Pacific/Kiritimati',
          from: '2026-09-29',
          to: '2027-01-26',
          items: items.slice(0, 1),
        },
      },
      'GET /api/v1/me/calendar-feed': { body: feed },
    });
    renderApp('/schedule', trainee);
    const lecture = (
      await screen.findByRole('heading', { level: 3, name: 'Separation and collection' })
    ).closest('li')!;
    expect(lecture.textContent).toContain('15:00 GMT+14 – 16:30 GMT+14');
    expect(lecture.textContent).toContain('開催地時刻: 2026年10月6日(火) 10:00 JST');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('スケジュール');
  });
});
