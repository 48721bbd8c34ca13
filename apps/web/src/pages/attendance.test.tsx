import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee, type FakeResponse } from '../test/harness';
import { instructor } from '../test/instructor';

const sessionId = 'a0000000-0000-4000-8000-000000000001';
const path = `/api/v1/sessions/${sessionId}/attendance`;
const aminath = trainee.id;
const tenzin = '4d2a5e3f-7f9c-4b9a-9c73-2e3f4a5b6c7d';
const mariam = '5e3b6f4a-8a0d-4cab-8d84-3f4a5b6c7d8e';

const roster: Schemas['SessionRosterResponse'] = {
  sessionId,
  programmeId: '11111111-1111-4111-8111-111111111111',
  title: 'Separation and collection',
  sessionStatus: 'scheduled',
  startsAt: '2026-10-06T01:00:00.000Z',
  endsAt: '2026-10-06T02:30:00.000Z',
  timeZone: 'Asia/Tokyo',
  counts: { present: 1, late: 0, absent: 0, excused: 0, unmarked: 2, total: 3 },
  trainees: [
    {
      userId: aminath,
      displayName: 'Aminath Shifaza',
      email: trainee.email,
      status: 'present',
      note: null,
      source: 'check_in',
      checkedInAt: '2026-10-06T00:58:00.000Z',
    },
    { userId: tenzin, displayName: 'Tenzin Wangmo', email: 'tenzin@kenshu.example', status: 'unmarked' },
    { userId: mariam, displayName: 'Mariam Said', email: 'mariam@kenshu.example', status: 'unmarked' },
  ],
};

function renderRoster(put: FakeResponse = { body: roster }, list = roster) {
  const api = fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
    [`GET ${path}`]: { body: list },
    [`PUT ${path}`]: put,
    [`POST /api/v1/sessions/${sessionId}/check-in-codes`]: {
      status: 201,
      body: {
        code: 'K7Q3XP',
        validFrom: '2026-10-06T00:45:00.000Z',
        validUntil: '2026-10-06T02:30:00.000Z',
        checkInUrl: 'https://kenshu.example/check-in/x?code=K7Q3XP',
      },
    },
    [`GET /api/v1/sessions/${sessionId}/check-in-codes/current.svg`]: {
      body: new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>']),
      headers: { 'content-type': 'image/svg+xml' },
    },
  });
  renderApp(`/teaching/sessions/${sessionId}`, instructor);
  return api;
}

const group = (name: string) => screen.getByRole('group', { name });

beforeEach(() => {
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:kenshu/qr'), revokeObjectURL: vi.fn() }),
  );
});

describe('roster and attendance (instructor)', () => {
  it('shows the whole roster as radio groups, in my zone with the host’s time, and saves it at once', async () => {
    const api = renderRoster({
      body: { ...roster, counts: { ...roster.counts, absent: 1, excused: 1, unmarked: 0 } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Separation and collection' })).toBeTruthy();
    expect(document.querySelector('.when')!.textContent).toContain('02:00 AM GMT+1');
    expect(document.querySelector('.when')!.textContent).toContain('10:00 AM GMT+9');
    const first = group('Aminath Shifaza');
    expect((within(first).getByRole('radio', { name: 'Present' }) as HTMLInputElement).checked).toBe(true);
    expect(within(first).getByText('Checked in with the code.')).toBeTruthy();
    expect(within(group('Tenzin Wangmo')).getAllByRole('radio')).toHaveLength(4);
    expect(
      within(group('Tenzin Wangmo'))
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    await expectAccessible();

    fireEvent.click(within(group('Tenzin Wangmo')).getByRole('radio', { name: 'Absent' }));
    fireEvent.click(within(group('Mariam Said')).getByRole('radio', { name: 'Excused' }));
    fireEvent.change(within(group('Mariam Said')).getByRole('textbox', { name: 'Note' }), {
      target: { value: ' Flight delayed ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect(await screen.findByText('Attendance saved.')).toBeTruthy();
    const [put] = api.sent('PUT', path);
    expect(put.headers.get('authorization')).toBe(`Bearer access-${instructor.id}`);
    expect(await put.json()).toEqual({
      records: [
        { userId: aminath, status: 'present', note: null },
        { userId: tenzin, status: 'absent', note: null },
        { userId: mariam, status: 'excused', note: 'Flight delayed' },
      ],
    });
  });

  it('shows the 422’s field errors on their rows, and says nothing was saved', async () => {
    renderRoster({
      status: 422,
      body: {
        type: 'urn:kenshu:problem:attendance.invalid',
        title: 'Attendance is not valid',
        status: 422,
        code: 'ATTENDANCE.INVALID',
        errors: [{ field: 'records[1].note', reason: 'must be at most 500 characters' }],
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Separation and collection' });
    fireEvent.click(within(group('Mariam Said')).getByRole('radio', { name: 'Late' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect(await screen.findByText('Nothing was saved: please check the trainee marked below.')).toBeTruthy();
    // records[1] is Mariam: Tenzin, still unmarked, was not sent.
    const row = group('Mariam Said');
    const note = within(row).getByRole('textbox', { name: 'Note' });
    expect(note.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(note.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('note: must be at most 500 characters.');
    expect(row.getAttribute('aria-describedby')).toBe(error.id);
    expect(group('Tenzin Wangmo').getAttribute('aria-describedby')).toBeNull();
    await expectAccessible();
  });

  it('keeps the marks on the device without a connection, and sends them once back online', async () => {
    let online = false;
    const offline = () => {
      throw new TypeError('Failed to fetch');
    };
    const saved = {
      ...roster,
      trainees: roster.trainees.map((e) =>
        e.userId === tenzin ? { ...e, status: 'late' as const, note: 'Bus' } : e,
      ),
    };
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
      [`GET ${path}`]: () => ({ body: online ? saved : roster }),
      [`PUT ${path}`]: offline,
      [`POST ${path}/sync`]: () =>
        online
          ? {
              body: {
                deviceId: 'x',
                applied: [{ userId: tenzin, status: 'late' }],
                unchanged: [],
                conflicts: [],
              },
            }
          : offline(),
    });
    renderApp(`/teaching/sessions/${sessionId}`, instructor);
    await screen.findByRole('heading', { level: 1, name: 'Separation and collection' });
    fireEvent.click(within(group('Tenzin Wangmo')).getByRole('radio', { name: 'Late' }));
    fireEvent.change(within(group('Tenzin Wangmo')).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Bus' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect(
      await screen.findByText(
        'No connection. Marks kept on this device: 1. They will be sent when it is back online.',
      ),
    ).toBeTruthy();
    // Only the row changed here is kept (Aminath's check-in, as loaded, is not), with when it was marked.
    const kept = JSON.parse(localStorage.getItem(`kenshu.attendance.${sessionId}`)!) as Record<
      string,
      unknown
    >[];
    expect(kept).toEqual([{ userId: tenzin, status: 'late', note: 'Bus', recordedAt: expect.any(String) }]);
    expect(Date.now() - Date.parse(String(kept[0].recordedAt))).toBeLessThan(60_000);
    await expectAccessible();

    online = true;
    globalThis.dispatchEvent(new Event('online'));
    expect(await screen.findByText('The marks kept on this device were sent: 1 recorded.')).toBeTruthy();
    const [sync] = api.sent('POST', `${path}/sync`).slice(-1);
    const body = (await sync.json()) as { deviceId: string; records: unknown[] };
    expect(body.deviceId).toMatch(/^web-[0-9a-f-]{36}$/);
    expect(body.records).toEqual(kept);
    expect(localStorage.getItem(`kenshu.attendance.${sessionId}`)).toBeNull();
    expect(
      (within(group('Tenzin Wangmo')).getByRole('radio', { name: 'Late' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('sends marks an earlier visit kept when the page opens, and says whose mark stands', async () => {
    const earlier = { userId: mariam, status: 'absent', note: null, recordedAt: '2026-10-06T01:10:00.000Z' };
    localStorage.setItem(`kenshu.attendance.${sessionId}`, JSON.stringify([earlier]));
    const decision = (status: string, at: string) => ({ status, recordedAt: at, source: 'staff' });
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
      [`GET ${path}`]: { body: roster },
      [`POST ${path}/sync`]: {
        body: {
          deviceId: 'x',
          applied: [],
          unchanged: [],
          conflicts: [
            {
              userId: mariam,
              kept: 'existing',
              incoming: decision('absent', earlier.recordedAt),
              existing: decision('excused', '2026-10-06T01:20:00.000Z'),
            },
          ],
        },
      },
    });
    renderApp(`/teaching/sessions/${sessionId}`, instructor);
    expect(await screen.findByText('The marks kept on this device were sent: 0 recorded.')).toBeTruthy();
    expect(
      screen.getByText('Mariam Said: marked again later by someone else; their mark stands.'),
    ).toBeTruthy();
    expect(await api.sent('POST', `${path}/sync`)[0].json()).toMatchObject({ records: [earlier] });
    expect(localStorage.getItem(`kenshu.attendance.${sessionId}`)).toBeNull();
    await expectAccessible();
  });

  it('says why when the API refuses the save (409)', async () => {
    renderRoster({
      status: 409,
      body: {
        status: 409,
        code: 'SESSION.CANCELLED',
        title: 'Conflict',
        detail: 'The session is cancelled.',
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Separation and collection' });
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect(await screen.findByText('The session is cancelled.')).toBeTruthy();
  });

  it('takes no attendance for a cancelled session', async () => {
    renderRoster(undefined, { ...roster, sessionStatus: 'cancelled' });
    expect(await screen.findByText('This session is cancelled: attendance is not taken.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save attendance' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('shows an error for a session I do not teach (403)', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
      [`GET ${path}`]: { status: 403, body: { status: 403, code: 'FORBIDDEN' } },
    });
    renderApp(`/teaching/sessions/${sessionId}`, instructor);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
    expect(screen.queryByRole('button', { name: 'Save attendance' })).toBeNull();
  });

  it('issues a check-in code and shows it with its QR code', async () => {
    const api = renderRoster();
    fireEvent.click(await screen.findByRole('button', { name: 'Show the check-in code' }));
    expect(await screen.findByText('K7Q3XP')).toBeTruthy();
    const qr = await screen.findByRole('img', { name: 'QR code to check in with code K7Q3XP' });
    expect(qr.getAttribute('src')).toBe('blob:kenshu/qr');
    expect(
      api
        .sent('GET', `/api/v1/sessions/${sessionId}/check-in-codes/current.svg`)[0]
        .headers.get('authorization'),
    ).toBe(`Bearer access-${instructor.id}`);
    expect(screen.getByRole('button', { name: 'Issue a new code' })).toBeTruthy();
    await expectAccessible();
  });

  it('says so when no code can be issued', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
      [`GET ${path}`]: { body: roster },
      [`POST /api/v1/sessions/${sessionId}/check-in-codes`]: { status: 409, body: { status: 409 } },
    });
    renderApp(`/teaching/sessions/${sessionId}`, instructor);
    fireEvent.click(await screen.findByRole('button', { name: 'Show the check-in code' }));
    expect(await screen.findByText('No code could be issued for this session.')).toBeTruthy();
  });
});
