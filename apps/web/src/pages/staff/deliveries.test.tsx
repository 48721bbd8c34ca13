import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import {
  coordinator,
  expectAccessible,
  fakeApi,
  renderApp,
  tokensFor,
  type FakeResponse,
} from '../../test/harness';

const programmeId = '11111111-1111-4111-8111-111111111111';
const programme = {
  id: programmeId,
  title: 'Waste management for island states',
  hostTimeZone: 'Asia/Tokyo',
};

const material = (over: Partial<Schemas['MaterialResponse']>): Schemas['MaterialResponse'] => ({
  id: 'b0000000-0000-4000-8000-000000000001',
  programmeId,
  kind: 'file',
  title: 'Landfill handbook',
  originalLanguage: 'en',
  audience: 'trainees',
  release: {
    rule: 'at',
    at: '2026-10-05T00:30:00.000Z',
    releasesAt: '2026-10-05T00:30:00.000Z',
    released: true,
  },
  archived: false,
  languages: ['en'],
  current: {
    id: 'c0000000-0000-4000-8000-000000000001',
    language: 'en',
    number: 2,
    outdated: false,
    createdAt: '2026-10-01T00:00:00.000Z',
  },
  createdAt: '2026-09-01T00:00:00.000Z',
  ...over,
});

const handbook = material({});
const slides = material({
  id: 'b0000000-0000-4000-8000-000000000002',
  title: 'Opening slides',
  release: { rule: 'now', releasesAt: '2026-09-30T15:00:00.000Z', released: true },
});
const unreleased = material({
  id: 'b0000000-0000-4000-8000-000000000003',
  title: 'Final report template',
  release: { rule: 'at', releasesAt: '2027-03-01T00:00:00.000Z', released: false },
});
const staffOnly = material({ id: 'b0000000-0000-4000-8000-000000000004', title: 'Notes', audience: 'staff' });

const delivery = (over: Partial<Schemas['DeliveryResponse']>): Schemas['DeliveryResponse'] => ({
  id: 'd0000000-0000-4000-8000-000000000001',
  user: { id: 'u1', displayName: 'Aminath Shifaza', email: 'aminath@example.org' },
  language: 'en',
  versionNumber: 2,
  status: 'failed',
  skippedReason: null,
  attempts: 5,
  lastError: '550 Mailbox aminath@example.org unavailable',
  queuedAt: '2026-10-05T00:30:00.000Z',
  sentAt: null,
  ...over,
});

const counts = (over: Partial<Schemas['DeliveryCounts']> = {}) => ({
  queued: 0,
  sent: 0,
  failed: 0,
  skipped: 0,
  ...over,
});

const deliveriesPath = (id: string) => `/api/v1/materials/${id}/deliveries`;
const page = (
  items: Schemas['DeliveryResponse'][],
  c: Schemas['DeliveryCounts'],
  total = items.length,
  pageNumber = 1,
): FakeResponse => ({ body: { total, page: pageNumber, pageSize: 20, items, counts: c } });

/** The coordinator's session, the programme and its materials; `extra` adds or replaces routes. */
function programmeApi(extra: Parameters<typeof fakeApi>[0]) {
  return fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
    [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
    [`GET /api/v1/programmes/${programmeId}/materials`]: { body: [handbook, slides, unreleased, staffOnly] },
    [`GET ${deliveriesPath(slides.id)}`]: page([], counts({ sent: 12 })),
    ...extra,
  });
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./deliveries');
});

afterEach(() => vi.restoreAllMocks());

describe('material emails page', () => {
  it('counts each released material’s emails by status, lists the failed ones with their error, and resends one', async () => {
    const failed = delivery({});
    let resent = false;
    const api = programmeApi({
      [`GET ${deliveriesPath(handbook.id)}`]: (request) => {
        const status = new URL(request.url).searchParams.get('status');
        const c = resent ? counts({ sent: 10, queued: 1, failed: 1 }) : counts({ sent: 10, failed: 2 });
        if (status === 'failed')
          return page(
            [
              failed,
              delivery({
                id: 'd2',
                user: { id: 'u2', displayName: 'Bui Thi Lan', email: 'lan@example.org' },
              }),
            ],
            c,
          );
        return page([failed], c, 12);
      },
      'POST /api/v1/material-deliveries/d0000000-0000-4000-8000-000000000001/resend': () => {
        resent = true;
        return { status: 202, body: { ...failed, status: 'queued', attempts: 0, lastError: null } };
      },
    });
    const confirm = vi.spyOn(globalThis, 'confirm').mockReturnValue(true);
    renderApp(`/programmes/${programmeId}/deliveries`, coordinator);

    const table = await screen.findByRole('table', { name: 'Released materials and their emails' });
    expect(screen.getByText(/Times in the host’s time zone, Asia\/Tokyo\./)).toBeTruthy();
    expect(screen.getByText(/2 emails could not be sent/)).toBeTruthy();
    // Only released materials for trainees are emailed: not the unreleased one, not the staff's notes.
    expect(within(table).queryByText('Final report template')).toBeNull();
    expect(within(table).queryByText('Notes')).toBeNull();
    const row = within(table).getByRole('row', { name: /Landfill handbook/ });
    expect(row.className).toBe('failed');
    expect(cells(row)).toEqual([
      'Version 2 (English)',
      'Mon, Oct 5, 2026 09:30 AM GMT+9',
      '10',
      '0',
      '2',
      '0',
      'Recipients',
    ]);
    expect(within(row).getAllByRole('cell')[4].className).toBe('number error');
    const slidesRow = within(table).getByRole('row', { name: /Opening slides/ });
    expect(cells(slidesRow).slice(1, 6)).toEqual(['Thu, Oct 1, 2026 12:00 AM GMT+9', '12', '0', '0', '0']);
    expect(slidesRow.className).toBe('');
    await expectAccessible();

    fireEvent.click(screen.getByRole('button', { name: 'Recipients of Landfill handbook' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Recipients of Landfill handbook' });
    expect(document.activeElement).toBe(heading);
    const recipients = await screen.findByRole('row', { name: /Aminath Shifaza/ });
    expect(cells(recipients)).toEqual([
      'Version 2 (English)',
      'Failed550 Mailbox aminath@example.org unavailable',
      '5',
      'Queued Mon, Oct 5, 2026 09:30 AM GMT+9',
      'Resend',
    ]);
    expect(screen.getByRole('row', { name: /Bui Thi Lan/ })).toBeTruthy();
    const asked = api.sent('GET', deliveriesPath(handbook.id)).map((r) => new URL(r.url).search);
    expect(asked).toContain('?status=failed&page=1&pageSize=20');
    await expectAccessible();

    fireEvent.click(within(recipients).getByRole('button', { name: 'Resend to Aminath Shifaza' }));
    expect(confirm).toHaveBeenCalledWith(
      'Send “Landfill handbook” to Aminath Shifaza (aminath@example.org) again?',
    );
    expect(await screen.findByText('The email to Aminath Shifaza is queued to be sent again.')).toBeTruthy();
    expect(
      api.sent('POST', '/api/v1/material-deliveries/d0000000-0000-4000-8000-000000000001/resend'),
    ).toHaveLength(1);
    // The row now says it is pending, with no resend; the counts are read again.
    const updated = screen.getByRole('row', { name: /Aminath Shifaza/ });
    expect(cells(updated).slice(1, 3)).toEqual(['Pending', '0']);
    expect(within(updated).queryByRole('button')).toBeNull();
    await waitFor(() => expect(cells(screen.getByRole('row', { name: /Landfill handbook/ }))[3]).toBe('1'));
  });

  it('asks first and sends nothing when the coordinator cancels; says why a resend is refused', async () => {
    const sent = delivery({
      status: 'sent',
      lastError: null,
      attempts: 1,
      sentAt: '2026-10-05T00:31:00.000Z',
    });
    let status = 403;
    const api = programmeApi({
      [`GET ${deliveriesPath(handbook.id)}`]: (request) =>
        new URL(request.url).searchParams.get('status') === 'sent'
          ? page([sent], counts({ sent: 1 }))
          : page([], counts({ sent: 1 })),
      [`POST /api/v1/material-deliveries/${sent.id}/resend`]: () => ({
        status,
        body: { status, title: 'No', code: 'X' },
      }),
    });
    const confirm = vi.spyOn(globalThis, 'confirm').mockReturnValue(false);
    renderApp(`/programmes/${programmeId}/deliveries`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Recipients of Landfill handbook' }));
    expect(await screen.findByText('No emails with this status.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Show emails that are'), { target: { value: 'sent' } });
    const row = await screen.findByRole('row', { name: /Aminath Shifaza/ });
    expect(cells(row)[3]).toBe('Sent Mon, Oct 5, 2026 09:31 AM GMT+9');

    const resend = within(row).getByRole('button', { name: 'Resend to Aminath Shifaza' });
    fireEvent.click(resend);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(api.sent('POST', `/api/v1/material-deliveries/${sent.id}/resend`)).toHaveLength(0);

    confirm.mockReturnValue(true);
    const expected: [number, string][] = [
      [403, 'Only the programme’s coordinators can resend its materials.'],
      [404, 'This email no longer exists. Reload the page.'],
      [409, 'This email changed in the meantime. Reload the page and try again.'],
      [429, 'Too many tries from your network. Please wait a minute and try again.'],
    ];
    for (const [code, text] of expected) {
      status = code;
      fireEvent.click(resend);
      expect(await screen.findByText(text)).toBeTruthy();
    }
    await expectAccessible();
  });

  it('pages through a long list of recipients', async () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      delivery({
        id: `d${i}`,
        status: 'queued',
        lastError: null,
        attempts: 0,
        user: { id: `u${i}`, displayName: `Trainee ${i}`, email: `t${i}@example.org` },
      }),
    );
    const api = programmeApi({
      [`GET ${deliveriesPath(handbook.id)}`]: (request) => {
        const pageNumber = Number(new URL(request.url).searchParams.get('page') ?? 1);
        return page(pageNumber === 3 ? many.slice(0, 5) : many, counts({ queued: 45 }), 45, pageNumber);
      },
    });
    renderApp(`/programmes/${programmeId}/deliveries`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Recipients of Landfill handbook' }));
    fireEvent.change(await screen.findByLabelText('Show emails that are'), { target: { value: 'queued' } });
    const pages = await screen.findByRole('navigation', { name: 'Pages of recipients' });
    expect(within(pages).getByText('Page 1 of 3')).toBeTruthy();
    expect(within(pages).getByRole('button', { name: 'Previous page' })).toHaveProperty('disabled', true);
    // Pending emails cannot be resent: they are on their way.
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 3 of 3');
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);
    expect(screen.getAllByRole('row', { name: /Trainee/ })).toHaveLength(5);
    const asked = api
      .sent('GET', deliveriesPath(handbook.id))
      .map((r) => new URL(r.url).searchParams.get('page'));
    expect(asked).toEqual(expect.arrayContaining(['1', '2', '3']));
    await expectAccessible();
  });

  it('is linked from the programme’s card on the manage page, named after the programme', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/programmes': {
        body: {
          total: 1,
          page: 1,
          pageSize: 200,
          items: [{ ...programme, code: 'KEN-1', status: 'running', access: 'manage' }],
        },
      },
    });
    renderApp('/manage', coordinator);
    const link = await screen.findByRole('link', {
      name: 'Material emails of Waste management for island states',
    });
    expect(link.getAttribute('href')).toBe(`/programmes/${programmeId}/deliveries`);
  });

  it('shows an error for a programme I cannot see (404)', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) } });
    renderApp(`/programmes/${programmeId}/deliveries`, coordinator);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
