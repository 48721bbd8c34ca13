import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import { coordinator, expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../../test/harness';
import { EXPORT_POLL_MS } from './dashboard';

const programmeId = '11111111-1111-4111-8111-111111111111';
const exportId = 'e0000000-0000-4000-8000-000000000001';

const programme = {
  id: programmeId,
  code: 'KEN-2026-01',
  title: 'Waste management for island states',
  summary: null,
  mode: 'hybrid',
  hostTimeZone: 'Asia/Tokyo',
  languageFallbacks: ['en'],
  status: 'running',
  conflictPolicy: 'refuse',
  capacity: 20,
  funder: null,
  host: null,
  phases: [],
  coordinators: [],
  instructors: [],
  enrolled: { holdingPlaces: 12, waitlisted: 2 },
  clonedFromId: null,
  access: 'manage',
  createdAt: '2026-09-01T00:00:00.000Z',
} satisfies Schemas['ProgrammeResponse'];

const figures = (over: Partial<Schemas['SurveyFiguresResponse']>): Schemas['SurveyFiguresResponse'] => ({
  surveyId: 'f0000000-0000-4000-8000-000000000001',
  title: 'Day 1 lecture',
  level: 'L1',
  status: 'closed',
  invited: 10,
  responded: 8,
  responseRate: 0.8,
  anonymous: true,
  minGroupSize: 5,
  session: null,
  hidden: false,
  likertMean: 4.25,
  likertAnswers: 40,
  likertQuestions: [],
  ...over,
});

const dashboard: Schemas['DashboardResponse'] = {
  programmeId,
  enrolment: { invited: 2, waitlisted: 2, active: 8, completed: 2, withdrawn: 1, not_completed: 0 },
  attendance: {
    sessions: [
      {
        sessionId: 'a0000000-0000-4000-8000-000000000001',
        title: 'Opening lecture',
        startsAt: '2026-10-05T00:00:00.000Z',
        ended: true,
        counts: { present: 7, late: 2, absent: 1, excused: 0, unmarked: 0, total: 10 },
        rate: 0.9,
      },
      {
        sessionId: 'a0000000-0000-4000-8000-000000000002',
        title: 'Site visit: Shinagawa plant',
        startsAt: '2026-10-06T00:00:00.000Z',
        ended: false,
        counts: { present: 0, late: 0, absent: 0, excused: 0, unmarked: 10, total: 10 },
        rate: null,
      },
    ],
    trainees: [],
  },
  completion: { participants: 10, completed: 2, met: 5, notMet: 5 },
  learningGain: {
    preTestId: null,
    postTestId: null,
    cohort: { trainees: 9, meanIndividualGain: 0.42 },
    trainees: [],
  },
  reports: [],
  l1: [figures({}), figures({ surveyId: 'f2', title: 'Day 2 webinar', hidden: true, likertMean: null })],
  l3: [],
  programmeEnd: [],
};

const job = (status: Schemas['ExportResponse']['status']): Schemas['ExportResponse'] => ({
  id: exportId,
  programmeId,
  kind: 'evaluation',
  format: 'csv',
  status,
  rows: status === 'ready' ? 1200 : null,
  sizeBytes: status === 'ready' ? 48_000 : null,
  createdAt: '2026-12-01T00:00:00.000Z',
  builtAt: null,
});

let saved: string[];
beforeEach(() => {
  saved = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.useRealTimers());

function serve(extra: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  return fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
    [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
    [`GET /api/v1/programmes/${programmeId}/dashboard`]: { body: dashboard },
    ...extra,
  });
}

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./dashboard');
  await import('./manage');
});

describe('programme dashboard', () => {
  it('shows enrolment, attendance and evaluation figures as tables with bars', async () => {
    serve();
    renderApp(`/programmes/${programmeId}/dashboard`, coordinator);
    const status = await screen.findByRole('table', { name: 'Trainees by status' });
    expect(within(status).getByRole('rowheader', { name: 'Active' }).nextElementSibling!.textContent).toBe(
      '8',
    );
    const rect = within(status).getAllByRole('row')[3].querySelector('rect')!;
    expect(rect.getAttribute('width')).toBe('100'); // the largest count fills the bar
    expect(screen.getByText('2 of 10 participants completed; 5 meet every rule now.')).toBeTruthy();

    const attendance = screen.getByRole('table', { name: 'Attendance by session (present or late)' });
    const rows = within(attendance).getAllByRole('row');
    expect(rows[1].textContent).toBe('Opening lecture90% (9/10)');
    expect(rows[2].textContent).toBe('Site visit: Shinagawa plantnot held yet');

    const evaluation = screen.getByRole('table', { name: 'Satisfaction (mean of 1–5 answers)' });
    const [, day1, day2] = within(evaluation).getAllByRole('row');
    expect(day1.textContent).toBe('Day 1 lecture4.3 / 5 · 8 of 10 answered (80%)');
    expect(day1.querySelector('rect')!.getAttribute('width')).toBe('85');
    expect(day2.textContent).toBe('Day 2 webinarhidden: fewer than 5 answers to an anonymous survey');
    expect(screen.getByText('Learning gain: 42% on average over 9 trainees with both tests.')).toBeTruthy();
    // The delivery status of the programme's material emails is one link away, as are its sessions.
    expect(screen.getByRole('link', { name: 'Material emails' }).getAttribute('href')).toBe(
      `/programmes/${programmeId}/deliveries`,
    );
    expect(screen.getByRole('link', { name: 'Sessions' }).getAttribute('href')).toBe(
      `/programmes/${programmeId}/sessions`,
    );
    await expectAccessible();
  });

  it('downloads an export with my token', async () => {
    const api = serve({
      [`GET /api/v1/programmes/${programmeId}/exports/completion.xlsx`]: {
        body: new Blob(['PK']),
        headers: { 'content-disposition': 'attachment; filename="completion.xlsx"' },
      },
    });
    renderApp(`/programmes/${programmeId}/dashboard`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Download Completion as XLSX' }));
    await waitFor(() => expect(saved).toEqual(['completion.xlsx']));
    expect(
      api
        .sent('GET', `/api/v1/programmes/${programmeId}/exports/completion.xlsx`)[0]
        .headers.get('authorization'),
    ).toBe(`Bearer access-${coordinator.id}`);
  });

  it('says so when an export download is refused', async () => {
    serve({ [`GET /api/v1/programmes/${programmeId}/exports/participants.csv`]: { status: 403, body: {} } });
    renderApp(`/programmes/${programmeId}/dashboard`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Download Participants as CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The download failed. Please try again.');
    expect(saved).toEqual([]);
  });

  it('prepares a large export, follows its status until ready, then downloads it', async () => {
    let polls = 0;
    const api = serve({
      [`POST /api/v1/programmes/${programmeId}/exports`]: { status: 202, body: job('queued') },
      [`GET /api/v1/exports/${exportId}`]: () => ({ body: job(++polls < 2 ? 'queued' : 'ready') }),
      [`GET /api/v1/exports/${exportId}/file`]: {
        body: new Blob(['a,b']),
        headers: { 'content-disposition': 'attachment; filename="evaluation.csv"' },
      },
    });
    renderApp(`/programmes/${programmeId}/dashboard`, coordinator);
    fireEvent.change(await screen.findByLabelText('Data'), { target: { value: 'evaluation' } });
    fireEvent.change(screen.getByLabelText('File format'), { target: { value: 'csv' } });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(screen.getByRole('button', { name: 'Prepare' }));
    await vi.waitFor(() => expect(screen.getByText('Being prepared…')).toBeTruthy());
    expect(await api.sent('POST', `/api/v1/programmes/${programmeId}/exports`)[0].json()).toEqual({
      kind: 'evaluation',
      format: 'csv',
    });
    for (let i = 0; i < 2; i++) await act(() => vi.advanceTimersByTimeAsync(EXPORT_POLL_MS));
    vi.useRealTimers();
    expect(await screen.findByText(/Ready: 1,200 rows, 48 kB\./)).toBeTruthy();
    expect(api.sent('GET', `/api/v1/exports/${exportId}`)).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(saved).toEqual(['evaluation.csv']));
  });

  it('shows an error for a programme I do not manage (403)', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
      [`GET /api/v1/programmes/${programmeId}/dashboard`]: { status: 403, body: { status: 403 } },
    });
    renderApp(`/programmes/${programmeId}/dashboard`, coordinator);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});

describe('manage programmes page', () => {
  it('lists the programmes I manage with links to their dashboard and enrolment import', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/programmes': {
        body: {
          total: 2,
          page: 1,
          pageSize: 200,
          items: [programme, { ...programme, id: 'other', title: 'Taught only', access: 'teach' }],
        },
      },
    });
    renderApp('/manage', coordinator);
    const link = await screen.findByRole('link', { name: 'Dashboard of Waste management for island states' });
    expect(link.getAttribute('href')).toBe(`/programmes/${programmeId}/dashboard`);
    expect(
      screen
        .getByRole('link', { name: 'Enrol from a file into Waste management for island states' })
        .getAttribute('href'),
    ).toBe(`/programmes/${programmeId}/enrolments/import`);
    expect(screen.queryByText('Taught only')).toBeNull();
    expect(screen.getByRole('link', { name: 'Training menu' }).getAttribute('href')).toBe('/menu');
    await expectAccessible();
  });

  it('keeps a trainee out: /manage shows the trainee’s own programmes', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
    });
    renderApp('/manage', trainee);
    expect(await screen.findByRole('heading', { level: 1, name: 'My programmes' })).toBeTruthy();
    expect(api.sent('GET', '/api/v1/programmes')).toHaveLength(0);
  });
});
