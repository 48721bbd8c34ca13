import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';
import { instructor } from '../test/instructor';

const at = (utc: string, local: string, host: string) => ({
  utc,
  local: { dateTime: local, zone: 'Europe/London' },
  host: { dateTime: host, zone: 'Asia/Tokyo' },
});

const base = {
  programme: { id: '11111111-1111-4111-8111-111111111111', code: 'MOEJ-2026-WM', title: 'Waste management' },
  access: 'teach' as const,
  teaching: true,
  location: { room: 'Room 501', facilityId: null },
  meetingUrl: null,
  dialIn: null,
  from: null,
  to: null,
  allDay: false,
  kind: 'lecture' as const,
  status: 'scheduled' as const,
  // 10:00–11:30 in Tokyo on 6 October is 02:00–03:30 BST in London.
  start: at('2026-10-06T01:00:00.000Z', '2026-10-06T02:00:00+01:00', '2026-10-06T10:00:00+09:00'),
  end: at('2026-10-06T02:30:00.000Z', '2026-10-06T03:30:00+01:00', '2026-10-06T11:30:00+09:00'),
};

const items: Schemas['ScheduleItemResponse'][] = [
  { ...base, id: 'a0000000-0000-4000-8000-000000000001', title: 'Separation and collection' },
  // A session of the programme I do not teach myself: not mine.
  { ...base, id: 'a0000000-0000-4000-8000-000000000002', title: 'Landfill design', teaching: false },
  { ...base, id: 'a0000000-0000-4000-8000-000000000003', title: 'Plant visit', status: 'cancelled' },
];

function schedule(list = items, as = instructor) {
  return fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(as) },
    'GET /api/v1/me/schedule': {
      body: { timeZone: 'Europe/London', from: '2026-09-24', to: '2027-01-21', items: list },
    },
  });
}

describe('my sessions (instructor)', () => {
  it('lists the sessions I teach in my zone with the host’s time beside it, linking to the roster', async () => {
    schedule();
    renderApp('/teaching', instructor);
    const card = (
      await screen.findByRole('heading', { level: 2, name: 'Separation and collection' })
    ).closest('li')!;
    expect(card.textContent).toContain('Tue, Oct 6, 2026 02:00 AM GMT+1 – 03:30 AM GMT+1');
    expect(card.textContent).toContain(
      'Host time: Tue, Oct 6, 2026 10:00 AM GMT+9 – 11:30 AM GMT+9 (Asia/Tokyo)',
    );
    expect(screen.queryByText('Landfill design')).toBeNull();
    expect(
      screen
        .getByRole('link', { name: 'Roster and attendance: Separation and collection' })
        .getAttribute('href'),
    ).toBe('/teaching/sessions/a0000000-0000-4000-8000-000000000001');
    expect(screen.getAllByRole('link', { name: 'Materials of MOEJ-2026-WM' })[0].getAttribute('href')).toBe(
      '/teaching/programmes/11111111-1111-4111-8111-111111111111/materials',
    );
    // A cancelled session stays, marked, with no attendance to take.
    expect(screen.getByText('Cancelled')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Plant visit/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'My sessions' }).getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('My sessions · Kenshu');
    await expectAccessible();
  });

  it('says so when I teach nothing', async () => {
    schedule([items[1]]);
    renderApp('/teaching', instructor);
    expect(await screen.findByText('You teach no sessions in this period.')).toBeTruthy();
  });

  it('gives trainees no link to it', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': { body: [] },
    });
    renderApp('/', trainee);
    await screen.findByRole('link', { name: 'Settings' });
    expect(screen.queryByRole('link', { name: 'My sessions' })).toBeNull();
  });

  it('shows an error when the schedule cannot be read', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
      'GET /api/v1/me/schedule': { status: 500, body: { status: 500 } },
    });
    renderApp('/teaching', instructor);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });

  it('is in Japanese for a Japanese-speaking instructor', async () => {
    const ja = { ...instructor, locale: 'ja' };
    schedule(items, ja);
    renderApp('/teaching', ja);
    expect(await screen.findByRole('heading', { level: 1, name: '担当セッション' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: '名簿と出欠：Separation and collection' })).toBeTruthy();
  });
});
