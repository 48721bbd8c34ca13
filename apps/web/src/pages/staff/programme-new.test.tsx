import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schemas, User } from '../../api/client';
import {
  coordinator as staff,
  expectAccessible,
  fakeApi,
  renderApp,
  tokensFor,
  trainee,
} from '../../test/harness';

const coordinator: User = { ...staff, timeZone: 'Indian/Maldives' };
const programmeId = '22222222-2222-4222-8222-222222222222';

const created: Schemas['ProgrammeResponse'] = {
  id: programmeId,
  code: 'ADB-MV-2026',
  title: 'Municipal waste management in the Maldives',
  summary: null,
  mode: 'hybrid',
  hostTimeZone: 'Asia/Tokyo',
  languageFallbacks: [],
  status: 'draft',
  conflictPolicy: 'warn',
  capacity: 12,
  funder: null,
  host: null,
  phases: [],
  coordinators: [],
  instructors: [],
  enrolled: { holdingPlaces: 0, waitlisted: 0 },
  clonedFromId: null,
  access: 'manage',
  createdAt: '2026-09-01T00:00:00.000Z',
};

const fill = (label: string, value: string, within: HTMLElement = document.body) =>
  fireEvent.change(
    screen.getAllByLabelText(label).find((e) => within.contains(e))!,
    { target: { value } },
  );

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./programme-new');
  await import('./sessions');
});

describe('new programme page', () => {
  it('is linked from the programmes to manage', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/programmes': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
    });
    renderApp('/manage', coordinator);
    fireEvent.click(await screen.findByRole('link', { name: 'New programme' }));
    expect(await screen.findByRole('heading', { name: 'New programme', level: 1 })).toBeTruthy();
    expect(location.pathname).toBe('/programmes/new');
  });

  it('shows the API’s reasons next to each field, the phases’ too, and moves the keyboard there', async () => {
    let calls = 0;
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'POST /api/v1/programmes': () =>
        ++calls === 1
          ? {
              status: 422,
              body: {
                status: 422,
                code: 'PROGRAMME.INVALID',
                errors: [
                  { field: 'code', reason: 'must be 3–40 letters, digits and dashes, such as MOEJ-2026-01' },
                  { field: 'hostTimeZone', reason: 'must be an IANA time zone such as Asia/Tokyo' },
                  { field: 'phases[0].endsOn', reason: 'must not be before startsOn' },
                ],
              },
            }
          : {
              status: 409,
              body: {
                status: 409,
                code: 'PROGRAMME.CODE_TAKEN',
                errors: [{ field: 'code', reason: 'belongs to another programme' }],
              },
            },
    });
    renderApp('/programmes/new', coordinator);
    await screen.findByRole('heading', { name: 'New programme', level: 1 });
    // The host zone starts as the coordinator's own.
    expect((screen.getByLabelText('Host time zone') as HTMLInputElement).value).toBe('Indian/Maldives');
    await expectAccessible();

    fill('Code', 'x');
    fill('Title', 'Waste management');
    fill('Host time zone', 'Mars/Olympus');
    fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
    const phase = screen.getByRole('group', { name: 'Phase 1' });
    fill('Name', 'Distance learning', phase);
    fill('First day', '2026-10-10', phase);
    fill('Last day', '2026-10-01', phase);
    fireEvent.click(screen.getByRole('button', { name: 'Create the programme' }));

    const code = await screen.findByText('must be 3–40 letters, digits and dashes, such as MOEJ-2026-01');
    expect(code.id).toBe('code-error');
    expect(screen.getByLabelText('Code').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Code').getAttribute('aria-describedby')).toBe('code-help code-error');
    expect(screen.getByText('must be an IANA time zone such as Asia/Tokyo').id).toBe('hostTimeZone-error');
    const ends = within(phase).getByLabelText('Last day');
    expect(ends.getAttribute('aria-describedby')).toBe('phase-0-endsOn-error');
    expect(within(phase).getByText('must not be before startsOn')).toBeTruthy();
    expect(screen.getByText('Please check the fields marked below.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Code')));
    await expectAccessible();
    const body = (await api.sent('POST', '/api/v1/programmes')[0].json()) as Record<string, unknown>;
    expect(body).toEqual({
      code: 'x',
      title: 'Waste management',
      summary: null,
      mode: 'on_site',
      hostTimeZone: 'Mars/Olympus',
      conflictPolicy: 'refuse',
      capacity: null,
      phases: [{ name: 'Distance learning', kind: 'distance', startsOn: '2026-10-10', endsOn: '2026-10-01' }],
    });

    // A code another programme holds: 409, said next to the code.
    fireEvent.click(screen.getByRole('button', { name: 'Create the programme' }));
    expect((await screen.findByText('belongs to another programme')).id).toBe('code-error');
    expect(location.pathname).toBe('/programmes/new');
  });

  it('creates the programme, phases and all, and opens its sessions', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'POST /api/v1/programmes': { status: 201, body: created },
      [`GET /api/v1/programmes/${programmeId}`]: { body: created },
      [`GET /api/v1/programmes/${programmeId}/sessions`]: { body: [] },
      'GET /api/v1/menu-items': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
    });
    renderApp('/programmes/new', coordinator);
    await screen.findByRole('heading', { name: 'New programme', level: 1 });
    fill('Code', ' adb-mv-2026 ');
    fill('Title', 'Municipal waste management in the Maldives');
    fill('Summary (optional)', 'With the Ministry of the Environment and Katsushika City.');
    fill('Mode', 'hybrid');
    fill('Host time zone', 'Asia/Tokyo');
    fill('Capacity (optional)', '12');
    fill('When a session double-books someone', 'warn');
    fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
    // The second of three goes; the third becomes "Phase 2".
    fireEvent.click(screen.getByRole('button', { name: 'Remove phase 2' }));
    const [first, second] = [1, 2].map((n) => screen.getByRole('group', { name: `Phase ${n}` }));
    expect(screen.queryByRole('group', { name: 'Phase 3' })).toBeNull();
    fill('Name', 'Online preparation', first);
    fill('First day', '2026-10-01', first);
    fill('Last day', '2026-10-09', first);
    fill('Name', 'In Tokyo', second);
    fill('Kind', 'in_country', second);
    fill('First day', '2026-10-12', second);
    fill('Last day', '2026-10-23', second);
    await expectAccessible();
    fireEvent.click(screen.getByRole('button', { name: 'Create the programme' }));

    expect(await screen.findByRole('heading', { name: 'Sessions', level: 1 })).toBeTruthy();
    expect(location.pathname).toBe(`/programmes/${programmeId}/sessions`);
    expect(await api.sent('POST', '/api/v1/programmes')[0].json()).toEqual({
      code: 'adb-mv-2026',
      title: 'Municipal waste management in the Maldives',
      summary: 'With the Ministry of the Environment and Katsushika City.',
      mode: 'hybrid',
      hostTimeZone: 'Asia/Tokyo',
      conflictPolicy: 'warn',
      capacity: 12,
      phases: [
        { name: 'Online preparation', kind: 'distance', startsOn: '2026-10-01', endsOn: '2026-10-09' },
        { name: 'In Tokyo', kind: 'in_country', startsOn: '2026-10-12', endsOn: '2026-10-23' },
      ],
    });
  });

  describe('editing a programme', () => {
    const phase = {
      id: '44444444-4444-4444-8444-444444444444',
      name: 'In Tokyo',
      kind: 'in_country' as const,
    };
    const existing: Schemas['ProgrammeResponse'] = {
      ...created,
      summary: 'Hosted by Tokyo.',
      phases: [{ ...phase, startsOn: '2026-10-12', endsOn: '2026-10-23' }],
    };
    const routes = (more: Parameters<typeof fakeApi>[0] = {}) => ({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`GET /api/v1/programmes/${programmeId}`]: { body: existing },
      [`GET /api/v1/programmes/${programmeId}/sessions`]: { body: [] },
      'GET /api/v1/menu-items': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
      'GET /api/v1/facilities': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
      ...more,
    });

    it('is reached from the sessions page, filled in, and sends only what changed', async () => {
      const api = fakeApi(
        routes({
          [`PUT /api/v1/programmes/${programmeId}/phases`]: { body: existing },
          [`PATCH /api/v1/programmes/${programmeId}`]: { body: existing },
        }),
      );
      renderApp(`/programmes/${programmeId}/sessions`, coordinator);
      fireEvent.click(await screen.findByRole('link', { name: 'Edit details and phases' }));
      await screen.findByRole('heading', { name: 'Programme details', level: 1 });
      await screen.findByLabelText('Title');
      expect(location.pathname).toBe(`/programmes/${programmeId}/edit`);
      // The code is fixed once made: shown, not asked.
      expect(screen.queryByLabelText('Code')).toBeNull();
      expect(screen.getByText('ADB-MV-2026')).toBeTruthy();
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(existing.title);
      expect((screen.getByLabelText('Host time zone') as HTMLInputElement).value).toBe('Asia/Tokyo');
      expect((screen.getByLabelText('Capacity (optional)') as HTMLInputElement).value).toBe('12');
      const kept = screen.getByRole('group', { name: 'Phase 1' });
      expect((within(kept).getByLabelText('Name') as HTMLInputElement).value).toBe('In Tokyo');
      await expectAccessible();

      // Nothing changed: nothing is sent, and the page says so.
      fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
      expect(await screen.findByText('Nothing changed: there is nothing to save.')).toBeTruthy();
      expect(api.requests.filter((r) => r.method !== 'GET' && !r.url.endsWith('/refresh'))).toEqual([]);

      fill('Capacity (optional)', '20');
      fill('Last day', '2026-10-24', kept);
      fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
      const added = screen.getByRole('group', { name: 'Phase 2' });
      fill('Name', 'Follow-up', added);
      fill('Kind', 'follow_up', added);
      fill('First day', '2027-04-01', added);
      fill('Last day', '2027-04-30', added);
      fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));

      expect(await screen.findByRole('heading', { name: 'Sessions', level: 1 })).toBeTruthy();
      expect(await api.sent('PUT', `/api/v1/programmes/${programmeId}/phases`)[0].json()).toEqual({
        phases: [
          { ...phase, startsOn: '2026-10-12', endsOn: '2026-10-24' },
          { name: 'Follow-up', kind: 'follow_up', startsOn: '2027-04-01', endsOn: '2027-04-30' },
        ],
      });
      expect(await api.sent('PATCH', `/api/v1/programmes/${programmeId}`)[0].json()).toEqual({
        capacity: 20,
      });
    });

    it('says why a phase cannot go, and then sends no details', async () => {
      const api = fakeApi(
        routes({
          [`PUT /api/v1/programmes/${programmeId}/phases`]: {
            status: 422,
            body: {
              status: 422,
              code: 'PROGRAMME.INVALID',
              errors: [
                { field: 'phases', reason: 'would remove a phase that still has sessions; move them first' },
              ],
            },
          },
        }),
      );
      renderApp(`/programmes/${programmeId}/edit`, coordinator);
      await screen.findByLabelText('Title');
      fill('Title', 'Municipal waste management, Maldives');
      fireEvent.click(screen.getByRole('button', { name: 'Remove phase 1' }));
      fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
      expect(
        await screen.findByText('would remove a phase that still has sessions; move them first'),
      ).toBeTruthy();
      expect(screen.getByText('Please check the fields marked below.')).toBeTruthy();
      expect(api.sent('PATCH', `/api/v1/programmes/${programmeId}`)).toEqual([]);
      expect(location.pathname).toBe(`/programmes/${programmeId}/edit`);
      await expectAccessible();
    });
  });

  it('is not offered to a trainee', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': { body: { total: 0, page: 1, pageSize: 50, items: [] } },
    });
    renderApp('/programmes/new', trainee);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'New programme' })).toBeNull();
  });
});
