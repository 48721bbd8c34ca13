import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { coordinator, expectAccessible, fakeApi, menuItem, renderApp, tokensFor } from '../../test/harness';

const programmeId = '11111111-1111-4111-8111-111111111111';
const programme = {
  id: programmeId,
  code: 'ADB-MV-2026',
  title: 'Waste management for island states',
  hostTimeZone: 'Asia/Tokyo',
  status: 'draft',
  enrolled: { holdingPlaces: 6, waitlisted: 0 },
  phases: [
    {
      id: 'b0000000-0000-4000-8000-000000000001',
      name: 'In Tokyo',
      kind: 'in_country',
      startsOn: '2026-10-05',
      endsOn: '2026-10-16',
    },
  ],
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
    facilityId: 'f0000000-0000-4000-8000-000000000001',
    startsAt: '2026-10-05T16:00:00.000Z', // 01:00 on the 6th in Tokyo
    endsAt: '2026-10-05T18:00:00.000Z',
  }),
];

const menu = [
  menuItem({}),
  menuItem({ id: 'd2', code: 'TMG-VIS-201', format: 'site_visit', title: 'Shin-Koto incineration plant' }),
];

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./sessions');
});

const path = `/api/v1/programmes/${programmeId}/sessions`;
const first = sessions[0].id;

/** The API of the page: the programme, its sessions, the menu, and what a test adds. */
const routes = (more: Parameters<typeof fakeApi>[0] = {}) => ({
  'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
  [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
  [`GET ${path}`]: { body: sessions },
  'GET /api/v1/menu-items': { body: { total: menu.length, page: 1, pageSize: 200, items: menu } },
  'GET /api/v1/facilities': {
    body: {
      total: 1,
      page: 1,
      pageSize: 200,
      items: [
        {
          id: 'f0000000-0000-4000-8000-000000000001',
          name: 'Shinagawa incineration plant',
          kind: 'incineration_plant',
          timeZone: 'Asia/Tokyo',
        },
      ],
    },
  },
  ...more,
});

describe('sessions page', () => {
  it('shows the sessions by day in the host’s zone, and adds one', async () => {
    const api = fakeApi(
      routes({
        [`POST ${path}`]: { status: 201, body: session({ id: 'a3' }) },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    const monday = await screen.findByRole('region', { name: 'Mon, Oct 5, 2026' });
    const slot = within(monday).getByRole('listitem');
    expect(slot.textContent).toMatch(/^09:30 AM GMT\+9 – 11:00 AM GMT\+9Opening lectureLecture/);
    expect(within(slot).getByRole('button', { name: 'Edit Opening lecture' }).textContent).toBe('Edit');
    expect(within(slot).getByRole('button', { name: 'Cancel Opening lecture' }).textContent).toBe('Cancel');
    const tuesday = screen.getByRole('region', { name: 'Tue, Oct 6, 2026' });
    expect(within(tuesday).getByText('Shinagawa plant')).toBeTruthy();
    // A site visit says where it goes.
    expect(within(tuesday).getByRole('listitem').textContent).toContain(
      'Site visit · Shinagawa incineration plant',
    );
    // Site visits have their own form: the generic kinds leave them out.
    const kinds = within(screen.getByLabelText('Kind')).getAllByRole('option');
    expect(kinds.map((o) => o.getAttribute('value'))).toEqual(['lecture', 'webinar', 'meeting', 'workshop']);
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
    await waitFor(() => expect(api.sent('GET', path)).toHaveLength(2));
    // The timeline is read again in place: the form keeps its message.
    expect(screen.getByText('Session added.')).toBeTruthy();
  });

  it('adds a session from a training-menu item, in a phase, with a room, a link and a description', async () => {
    const api = fakeApi(routes({ [`POST ${path}`]: { status: 201, body: session({ id: 'a3' }) } }));
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    const select = await screen.findByLabelText('From the training menu (optional)');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(2));
    // Site-visit items are left to the site-visit form.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'None: give a kind and a title',
      'Fiber-to-Fiber: textile recycling (TMG-TEX-101, Webinar, 90 min)',
    ]);
    fireEvent.change(select, { target: { value: menu[0].id } });
    // The item gives the kind, and the title and end unless given.
    expect(screen.queryByLabelText('Kind')).toBeNull();
    const title = screen.getByLabelText('Title (optional: the menu item’s otherwise)');
    expect(title.getAttribute('placeholder')).toBe('Fiber-to-Fiber: textile recycling');
    expect(screen.getByText('Empty: 90 minutes after the start, the menu item’s duration.')).toBeTruthy();
    await expectAccessible();

    const phase = screen.getByLabelText('Phase (optional)');
    expect(
      within(phase)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None', 'In Tokyo (Mon, Oct 5, 2026 – Fri, Oct 16, 2026)']);
    fireEvent.change(phase, { target: { value: programme.phases[0].id } });
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-10-08T14:00' } });
    fireEvent.change(screen.getByLabelText('Description (optional)'), {
      target: { value: ' From fibre back to fibre. ' },
    });
    fireEvent.change(screen.getByLabelText('Room (optional)'), { target: { value: 'Hall B' } });
    fireEvent.change(screen.getByLabelText('Meeting link (optional)'), {
      target: { value: 'https://meet.example/tex' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Session added.')).toBeTruthy();
    expect(await api.sent('POST', path)[0].json()).toEqual({
      menuItemId: menu[0].id,
      phaseId: programme.phases[0].id,
      startsAt: '2026-10-08T14:00',
      timeZone: 'Asia/Tokyo',
      description: 'From fibre back to fibre.',
      room: 'Hall B',
      meetingUrl: 'https://meet.example/tex',
    });
    // Ready for the next one: back to a free kind and title.
    expect((screen.getByLabelText('From the training menu (optional)') as HTMLSelectElement).value).toBe('');
    expect(screen.getByLabelText('Kind')).toBeTruthy();
  });

  it('shows the API’s 422 reasons next to the fields, and a clash (409)', async () => {
    let calls = 0;
    fakeApi(
      routes({
        [`GET ${path}`]: { body: [] },
        [`POST ${path}`]: () =>
          ++calls === 1
            ? {
                status: 422,
                body: { status: 422, errors: [{ field: 'endsAt', reason: 'must be after startsAt' }] },
              }
            : {
                status: 409,
                body: {
                  status: 409,
                  code: 'SESSION.CONFLICT',
                  errors: [{ field: 'startsAt', reason: 'trainee Aminath is booked in “Q&A” (TMG-1)' }],
                },
              },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    expect(await screen.findByText('No sessions yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByText('must be after startsAt')).id).toBe('endsAt-error');
    expect(screen.getByLabelText('Ends').getAttribute('aria-describedby')).toBe('zone-help endsAt-error');
    await expectAccessible();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/clashes with another booking/)).toBeTruthy();
    expect(screen.getByText('trainee Aminath is booked in “Q&A” (TMG-1)').id).toBe('startsAt-error');
  });

  it('edits a session in place: its times in the host’s zone, field errors, then saved', async () => {
    let calls = 0;
    const edited = session({
      title: 'Opening lecture and welcome',
      endsAt: '2026-10-05T02:30:00.000Z',
      room: 'Room 301',
      status: 'moved',
    });
    const api = fakeApi(
      routes({
        [`PATCH /api/v1/sessions/${first}`]: () =>
          ++calls === 1
            ? {
                status: 422,
                body: { status: 422, errors: [{ field: 'endsAt', reason: 'must be after startsAt' }] },
              }
            : { body: edited },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Opening lecture' }));
    const form = screen.getByRole('form', { name: 'Edit Opening lecture' });
    const title = within(form).getByLabelText('Title') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(title));
    // 00:30 UTC shown as 09:30 in Tokyo, the host's zone.
    expect((within(form).getByLabelText('Starts') as HTMLInputElement).value).toBe('2026-10-05T09:30');
    expect((within(form).getByLabelText('Ends') as HTMLInputElement).value).toBe('2026-10-05T11:00');
    expect(within(form).getByText('Times in the host’s time zone, Asia/Tokyo.')).toBeTruthy();
    await expectAccessible();

    fireEvent.change(title, { target: { value: 'Opening lecture and welcome' } });
    fireEvent.change(within(form).getByLabelText('Ends'), { target: { value: '2026-10-05T09:00' } });
    fireEvent.change(within(form).getByLabelText('Room (optional)'), { target: { value: 'Room 301' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const reason = await within(form).findByText('must be after startsAt');
    expect(within(form).getByLabelText('Ends').getAttribute('aria-describedby')).toContain(reason.id);
    expect(reason.id).toBe(`edit-${first}-endsAt-error`);
    await expectAccessible();

    fireEvent.change(within(form).getByLabelText('Ends'), { target: { value: '2026-10-05T11:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes to “Opening lecture and welcome” saved.')).toBeTruthy();
    // Only what changed is sent; the times as a pair, in the zone they were typed in.
    expect(await api.sent('PATCH', `/api/v1/sessions/${first}`)[1].json()).toEqual({
      title: 'Opening lecture and welcome',
      startsAt: '2026-10-05T09:30',
      endsAt: '2026-10-05T11:30',
      timeZone: 'Asia/Tokyo',
      room: 'Room 301',
    });
    expect(screen.queryByRole('form', { name: /^Edit/ })).toBeNull();
    expect(api.sent('GET', path)).toHaveLength(2);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Opening lecture' })),
    );
  });

  it('says when an edit clashes (409), and Escape closes the form without sending', async () => {
    const api = fakeApi(
      routes({
        [`PATCH /api/v1/sessions/${first}`]: {
          status: 409,
          body: { status: 409, code: 'SESSION.CONFLICT' },
        },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Opening lecture' }));
    let form = screen.getByRole('form', { name: 'Edit Opening lecture' });
    fireEvent.change(within(form).getByLabelText('Starts'), { target: { value: '2026-10-05T10:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/clashes with another booking/)).toBeTruthy();

    fireEvent.keyDown(within(form).getByLabelText('Title'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Edit Opening lecture' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Opening lecture' })),
    );
    // Opened again and saved unchanged: nothing to send.
    fireEvent.click(screen.getByRole('button', { name: 'Edit Opening lecture' }));
    form = screen.getByRole('form', { name: 'Edit Opening lecture' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(screen.queryByRole('form', { name: 'Edit Opening lecture' })).toBeNull();
    expect(api.sent('PATCH', `/api/v1/sessions/${first}`)).toHaveLength(1);
  });

  it('cancels a session after a confirm step with its reason', async () => {
    let cancelled = false;
    const api = fakeApi(
      routes({
        [`GET ${path}`]: () => ({
          body: cancelled ? [session({ status: 'cancelled' }), sessions[1]] : sessions,
        }),
        [`POST /api/v1/sessions/${first}/cancel`]: () => {
          cancelled = true;
          return { body: session({ status: 'cancelled' }) };
        },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel Opening lecture' }));
    let form = screen.getByRole('form', { name: 'Cancel Opening lecture' });
    expect(
      within(form).getByText(
        'Cancel “Opening lecture”? A cancelled session cannot be changed or brought back.',
      ),
    ).toBeTruthy();
    // Kept: the form closes and nothing is sent.
    fireEvent.click(within(form).getByRole('button', { name: 'Keep the session' }));
    expect(screen.queryByRole('form', { name: 'Cancel Opening lecture' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel Opening lecture' })),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Cancel Opening lecture' }));
    form = screen.getByRole('form', { name: 'Cancel Opening lecture' });
    const reason = within(form).getByLabelText('Reason');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel the session' }));
    expect(within(form).getByText('Please say why the session is cancelled.').id).toBe(
      `cancel-${first}-reason-error`,
    );
    await expectAccessible();
    expect(api.sent('POST', `/api/v1/sessions/${first}/cancel`)).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Typhoon warning: the hall is closed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel the session' }));
    expect(await screen.findByText('“Opening lecture” was cancelled.')).toBeTruthy();
    expect(await api.sent('POST', `/api/v1/sessions/${first}/cancel`)[0].json()).toEqual({
      reason: 'Typhoon warning: the hall is closed',
    });
    const monday = screen.getByRole('region', { name: 'Mon, Oct 5, 2026' });
    expect(within(monday).getByRole('listitem').textContent).toContain('Cancelled');
    expect(within(monday).queryByRole('button')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Timeline' })),
    );
  });

  it('publishes a draft, offers the next moves and shows a refusal', async () => {
    let calls = 0;
    const api = fakeApi(
      routes({
        [`POST /api/v1/programmes/${programmeId}/status`]: async (request) => {
          const { status } = (await request.json()) as { status: string };
          calls++;
          return calls === 1
            ? { body: { ...programme, status } }
            : {
                status: 409,
                body: {
                  status: 409,
                  code: 'PROGRAMME.INVALID_TRANSITION',
                  detail: 'A draft programme cannot become running (it can become published)',
                },
              };
        },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    const panel = await screen.findByRole('region', { name: 'Status' });
    expect(panel.textContent).toContain('Status: Draft');
    expect(
      within(panel)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Publish']);
    await expectAccessible();

    fireEvent.click(within(panel).getByRole('button', { name: 'Publish' }));
    expect(await within(panel).findByText('The programme is now: Published.')).toBeTruthy();
    expect(await api.sent('POST', `/api/v1/programmes/${programmeId}/status`)[0].json()).toEqual({
      status: 'published',
    });
    expect(
      within(panel)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Start running', 'Back to draft']);

    // Someone else moved it meanwhile: the API refuses, and the page says why.
    fireEvent.click(within(panel).getByRole('button', { name: 'Start running' }));
    expect(
      await within(panel).findByText(
        'The status was not changed: A draft programme cannot become running (it can become published)',
      ),
    ).toBeTruthy();
    await expectAccessible();
  });

  it('asks before closing a running programme', async () => {
    const api = fakeApi(
      routes({
        [`GET /api/v1/programmes/${programmeId}`]: { body: { ...programme, status: 'running' } },
        [`POST /api/v1/programmes/${programmeId}/status`]: { body: { ...programme, status: 'closed' } },
      }),
    );
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    const panel = await screen.findByRole('region', { name: 'Status' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(within(panel).getByText('“Close” cannot be undone. Go ahead?')).toBeTruthy();
    expect(api.sent('POST', `/api/v1/programmes/${programmeId}/status`)).toHaveLength(0);
    fireEvent.click(within(panel).getByRole('button', { name: 'Not now' }));
    expect(within(panel).queryByText('“Close” cannot be undone. Go ahead?')).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    const confirm = within(panel).getAllByRole('button', { name: 'Close' })[1];
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    expect(await within(panel).findByText('The programme is now: Closed.')).toBeTruthy();
    expect(
      within(panel)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Archive']);
  });

  it('shows an error for a programme I cannot see (404)', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) } });
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
