import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schemas, User } from '../../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../../test/harness';

const coordinator: User = { ...trainee, id: '3c0f3c1e-5d7a-4f7e-9a51-0c1d2e3f4a5c', roles: ['coordinator'] };
const programmeId = '11111111-1111-4111-8111-111111111111';
const programme = {
  id: programmeId,
  title: 'Waste management for island states',
  hostTimeZone: 'Asia/Tokyo',
};

const session = (over: Partial<Schemas['SessionResponse']>): Schemas['SessionResponse'] => ({
  id: 'a0000000-0000-4000-8000-000000000001',
  programmeId,
  kind: 'lecture',
  title: 'Opening lecture',
  startsAt: '2026-10-05T00:30:00.000Z',
  endsAt: '2026-10-05T02:00:00.000Z',
  timeZone: 'Asia/Tokyo',
  instructorIds: [],
  status: 'scheduled',
  warnings: [],
  ...over,
});

const sessions = [
  session({}),
  session({
    id: 'a2',
    kind: 'site_visit',
    title: 'Shinagawa plant',
    startsAt: '2026-10-05T16:00:00.000Z', // 01:00 on the 6th in Tokyo
    endsAt: '2026-10-05T18:00:00.000Z',
  }),
];

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./sessions');
});

const path = `/api/v1/programmes/${programmeId}/sessions`;

describe('sessions page', () => {
  it('shows the sessions by day in the host’s zone, and adds one', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
      [`GET ${path}`]: { body: sessions },
      [`POST ${path}`]: { status: 201, body: session({ id: 'a3' }) },
    });
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    const monday = await screen.findByRole('region', { name: 'Mon, Oct 5, 2026' });
    expect(within(monday).getByRole('listitem').textContent).toBe(
      '09:30 AM GMT+9 – 11:00 AM GMT+9Opening lectureLecture',
    );
    const tuesday = screen.getByRole('region', { name: 'Tue, Oct 6, 2026' });
    expect(within(tuesday).getByText('Shinagawa plant')).toBeTruthy();
    await expectAccessible();

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'webinar' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Q&A' } });
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-10-07T09:30' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2026-10-07T11:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Session added.')).toBeTruthy();
    expect(await api.sent('POST', path)[0].json()).toEqual({
      kind: 'webinar',
      title: 'Q&A',
      startsAt: '2026-10-07T09:30',
      endsAt: '2026-10-07T11:00',
      timeZone: 'Asia/Tokyo',
    });
    expect(api.sent('GET', path)).toHaveLength(2);
  });

  it('shows the API’s 422 reasons next to the fields, and a clash (409)', async () => {
    let calls = 0;
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
      [`GET ${path}`]: { body: [] },
      [`POST ${path}`]: () =>
        ++calls === 1
          ? {
              status: 422,
              body: { status: 422, errors: [{ field: 'endsAt', reason: 'must be after startsAt' }] },
            }
          : { status: 409, body: { status: 409, code: 'SESSION.CONFLICT' } },
    });
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    expect(await screen.findByText('No sessions yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByText('must be after startsAt')).id).toBe('endsAt-error');
    expect(screen.getByLabelText('Ends').getAttribute('aria-describedby')).toBe('zone-help endsAt-error');
    await expectAccessible();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/clashes with another booking/)).toBeTruthy();
  });

  it('shows an error for a programme I cannot see (404)', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) } });
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
