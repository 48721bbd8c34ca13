import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee, type FakeResponse } from '../test/harness';

const sessionId = 'a0000000-0000-4000-8000-000000000001';
const checkInPath = `/api/v1/sessions/${sessionId}/check-ins`;

const session: Schemas['SessionResponse'] = {
  id: sessionId,
  programmeId: '11111111-1111-4111-8111-111111111111',
  kind: 'lecture',
  title: 'Separation and collection',
  description: null,
  startsAt: '2026-10-06T01:00:00.000Z',
  endsAt: '2026-10-06T02:30:00.000Z',
  timeZone: 'Asia/Tokyo',
  instructorIds: [],
  status: 'scheduled',
  warnings: [],
};

const problem = (status: number, code: string) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, instance: checkInPath, requestId: 'r1' },
});

function renderCheckIn(answer: FakeResponse | ((request: Request) => FakeResponse), query = '') {
  const api = fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
    [`GET /api/v1/sessions/${sessionId}`]: { body: session },
    [`POST ${checkInPath}`]: answer,
  });
  renderApp(`/check-in/${sessionId}${query}`, trainee);
  return api;
}

const codeInput = () => screen.findByLabelText('Check-in code');
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Check in' }));

describe('check-in page', () => {
  it('checks me in with the code from the QR link and shows the session and my status', async () => {
    const api = renderCheckIn(
      { status: 201, body: { sessionId, status: 'present', checkedInAt: '2026-10-06T00:55:00.000Z' } },
      '?code=k7q3-xp',
    );
    expect(((await codeInput()) as HTMLInputElement).value).toBe('k7q3-xp');
    expect(screen.getByText('Separation and collection')).toBeTruthy();
    await expectAccessible();
    submit();
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('You are checked in: present.');
    expect(done.textContent).toContain('Separation and collection');
    // 00:55 UTC is 14:55 in Kiritimati (mine) and 09:55 in Tokyo (the session's).
    expect(done.textContent).toContain('02:55 PM GMT+14 (Host time: 09:55 AM GMT+9)');
    const sent = api.sent('POST', checkInPath);
    expect(sent).toHaveLength(1);
    expect(await sent[0].json()).toEqual({ code: 'K7Q3XP' });
    expect(sent[0].headers.get('authorization')).toBe(`Bearer access-${trainee.id}`);
    await expectAccessible();
  });

  it('says when I was late', async () => {
    renderCheckIn({
      status: 201,
      body: { sessionId, status: 'late', checkedInAt: '2026-10-06T01:20:00.000Z' },
    });
    fireEvent.change(await codeInput(), { target: { value: 'K7Q3XP' } });
    submit();
    expect((await screen.findByRole('status')).textContent).toContain('You are checked in: late.');
  });

  it('refuses a code of the wrong shape without asking the API, the error tied to the field', async () => {
    const api = renderCheckIn({ status: 500 });
    const input = await codeInput();
    for (const typed of ['K7Q3X', 'K7Q3X0', 'K7Q3XPP']) {
      fireEvent.change(input, { target: { value: typed } });
      submit();
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('A code has 6 letters and digits');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    }
    expect(api.sent('POST', checkInPath)).toHaveLength(0);
    await expectAccessible();
  });

  it.each([
    [problem(422, 'ATTENDANCE.CHECK_IN_INVALID'), 'This code is not right', true],
    [problem(409, 'ATTENDANCE.CHECK_IN_CLOSED'), 'the code has expired', true],
    [problem(409, 'ATTENDANCE.ALREADY_CHECKED_IN'), 'You have already checked in', false],
    [problem(409, 'ATTENDANCE.ALREADY_RECORDED'), 'already recorded by its staff', false],
    [problem(429, 'AUTH.THROTTLED'), 'Too many tries', false],
    [problem(404, 'NOT_FOUND'), 'not one of yours', false],
    [problem(500, 'INTERNAL'), 'Something went wrong', false],
  ])('explains a refusal (%#)', async (answer, message, onField) => {
    renderCheckIn(answer);
    const input = await codeInput();
    fireEvent.change(input, { target: { value: 'K7Q3XP' } });
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(input.getAttribute('aria-invalid')).toBe(onField ? 'true' : null);
    // The form stays, to try again.
    expect(screen.getByRole('button', { name: 'Check in' })).toBeTruthy();
    await expectAccessible();
  });

  it('shows an error for a session I cannot see', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(trainee) } });
    renderApp(`/check-in/${sessionId}`, trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
    expect(screen.queryByLabelText('Check-in code')).toBeNull();
  });

  it('is in Japanese for a Japanese reader', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor({ ...trainee, locale: 'ja' }) },
      [`GET /api/v1/sessions/${sessionId}`]: { body: session },
    });
    renderApp(`/check-in/${sessionId}`, trainee);
    await waitFor(() => expect(screen.getByLabelText('チェックインコード')).toBeTruthy());
  });

  it('lists today’s sessions I attend to check in to, without the QR link', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: trainee.timeZone }).format(new Date());
    const start = (utc: string): Schemas['TimePointResponse'] => ({
      utc,
      local: { dateTime: utc, zone: trainee.timeZone },
      host: { dateTime: utc, zone: 'Asia/Tokyo' },
    });
    const item = (
      n: number,
      over: Partial<Schemas['ScheduleItemResponse']>,
    ): Schemas['ScheduleItemResponse'] => ({
      id: `a0000000-0000-4000-8000-00000000000${n}`,
      kind: 'lecture',
      title: `Session ${n}`,
      status: 'scheduled',
      allDay: false,
      programme: { id: session.programmeId, code: 'MOEJ', title: 'Waste management' },
      access: 'attend',
      teaching: false,
      location: { room: null, facilityId: null },
      meetingUrl: null,
      dialIn: null,
      from: null,
      to: null,
      start: start('2026-10-06T01:00:00.000Z'),
      end: start('2026-10-06T02:00:00.000Z'),
      ...over,
    });
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/schedule': {
        body: {
          timeZone: trainee.timeZone,
          from: today,
          to: today,
          items: [
            item(1, { title: 'Separation and collection' }),
            item(2, { title: 'Cancelled visit', status: 'cancelled' }),
            item(3, { title: 'Staff meeting', access: 'teach' }),
          ],
        },
      },
      [`GET /api/v1/sessions/${sessionId}`]: { body: session },
    });
    renderApp('/check-in', trainee);
    const link = await screen.findByRole('link', { name: 'Check in to Separation and collection' });
    expect(screen.queryByText(/Cancelled visit/)).toBeNull();
    expect(screen.queryByText(/Staff meeting/)).toBeNull();
    const [request] = api.sent('GET', '/api/v1/me/schedule');
    expect(new URL(request.url).search).toBe(`?from=${today}&to=${today}`);
    expect(screen.getByRole('link', { name: 'Check in' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible();
    fireEvent.click(link);
    expect(await screen.findByLabelText('Check-in code')).toBeTruthy();
  });

  it('says when there is nothing to check in to today', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/schedule': { body: { timeZone: trainee.timeZone, from: '', to: '', items: [] } },
    });
    renderApp('/check-in', trainee);
    expect(await screen.findByText('You have no session to check in to today.')).toBeTruthy();
  });
});
