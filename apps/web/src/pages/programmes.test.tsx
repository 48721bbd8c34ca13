import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const programme = (id: string, title: string): Schemas['EnrolledProgrammeResponse'] => ({
  id,
  code: `MOEJ-2026-${id.slice(0, 2)}`,
  title,
  status: 'running',
  hostTimeZone: 'Asia/Tokyo',
});

const enrolment = (
  status: Schemas['MyEnrolmentResponse']['status'],
  p: Schemas['EnrolledProgrammeResponse'],
  waitlistPosition: number | null = null,
): Schemas['MyEnrolmentResponse'] => ({
  id: `e-${p.id}`,
  status,
  waitlistedAt: null,
  waitlistPosition,
  programme: p,
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
});

const active = programme('11111111-1111-4111-8111-111111111111', 'Waste management for overseas officials');
const waiting = programme('22222222-2222-4222-8222-222222222222', 'Fiber-to-Fiber: Textile Recycling');

describe('my programmes page', () => {
  it('lists my enrolments with their status and host zone, and leads to an active one’s materials', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': {
        body: {
          total: 2,
          page: 1,
          pageSize: 200,
          items: [enrolment('active', active), enrolment('waitlisted', waiting, 3)],
        },
      },
      [`GET /api/v1/programmes/${active.id}/materials`]: { body: [] },
      [`GET /api/v1/programmes/${active.id}/material-bundles`]: { body: [] },
    });
    renderApp('/', trainee);
    expect(await screen.findByRole('heading', { level: 2, name: active.title })).toBeTruthy();
    expect(screen.getByText('Active')).toBeTruthy();
    expect(screen.getByText('On the waiting list')).toBeTruthy();
    expect(screen.getByText('Waiting list, position 3')).toBeTruthy();
    expect(screen.getAllByText('Host time zone: Asia/Tokyo')).toHaveLength(2);
    // Only the active enrolment leads to materials.
    expect(screen.getAllByRole('link', { name: /^Materials of/ })).toHaveLength(1);
    await expectAccessible();

    fireEvent.click(screen.getByRole('link', { name: `Materials of ${active.title}` }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Materials' })).toBeTruthy();
    expect(location.pathname).toBe(`/programmes/${active.id}/materials`);
    expect(await screen.findByText('No materials are released to you yet.')).toBeTruthy();
  });

  it('shows an error, not an empty list, when the API fails', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': { status: 500, body: { status: 500 } },
    });
    renderApp('/', trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
    expect(screen.queryByText('You are not enrolled in any programme yet.')).toBeNull();
  });
});
