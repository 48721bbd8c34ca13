import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const programmeId = '11111111-1111-4111-8111-111111111111';
const stageId = 'b1000000-0000-4000-8000-000000000001';
const fileId = 'b2000000-0000-4000-8000-000000000001';

const at = (utc: string): Schemas['TimePointResponse'] => ({
  utc,
  local: { dateTime: utc, zone: 'Pacific/Kiritimati' },
  host: { dateTime: utc, zone: 'Asia/Tokyo' },
});

const stage: Schemas['ReportStageResponse'] = {
  id: stageId,
  programmeId,
  kind: 'action_plan',
  title: 'Action plan',
  instructions: 'Describe what you will change at home.',
  due: { mode: 'at', monthsAfterEnd: null, at: at('2026-11-30T14:59:00.000Z') },
  forms: 'both',
  requiredForCompletion: true,
  position: 1,
  rubric: [],
  maxTotal: null,
};

const submission = (
  over: Partial<Schemas['ReportSubmissionResponse']>,
): Schemas['ReportSubmissionResponse'] => ({
  id: 'b3000000-0000-4000-8000-000000000001',
  stageId,
  userId: trainee.id,
  number: 1,
  text: 'First draft',
  file: null,
  late: false,
  superseded: true,
  submittedAt: at('2026-11-01T00:00:00.000Z'),
  review: {
    id: 'b4000000-0000-4000-8000-000000000001',
    decision: 'returned',
    comment: 'Please add a budget.',
    total: null,
    reviewedAt: at('2026-11-02T00:00:00.000Z'),
    scores: [],
  },
  ...over,
});

const history = (over: Partial<Schemas['ReportHistoryResponse']> = {}): Schemas['ReportHistoryResponse'] => ({
  stageId,
  userId: trainee.id,
  state: 'returned',
  submissions: [submission({})],
  ...over,
});

/** XMLHttpRequest at the client boundary: reports upload progress, then answers as told. */
class FakeXhr {
  static sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  static answer = { status: 201, body: {} as unknown };
  upload = new EventTarget();
  private listeners = new EventTarget();
  private url = '';
  private headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: EventListener) {
    this.listeners.addEventListener(type, listener);
  }
  send(body: unknown) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, body });
    setTimeout(() => {
      for (const loaded of [25, 100])
        this.upload.dispatchEvent(
          Object.assign(new Event('progress'), { lengthComputable: true, loaded, total: 100 }),
        );
      this.status = FakeXhr.answer.status;
      this.responseText = JSON.stringify(FakeXhr.answer.body);
      this.listeners.dispatchEvent(new Event('load'));
    }, 5);
  }
}

beforeEach(() => {
  FakeXhr.sent = [];
  FakeXhr.answer = {
    status: 201,
    body: { id: fileId, fileName: 'plan.pdf', contentType: 'application/pdf', sizeBytes: 5, sha256: 'x' },
  };
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

function signedIn(routes: Parameters<typeof fakeApi>[0]) {
  return fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(trainee) }, ...routes });
}

const stageRoutes = (h = history()) => ({
  [`GET /api/v1/report-stages/${stageId}`]: { body: stage },
  [`GET /api/v1/report-stages/${stageId}/submissions`]: { body: h },
});

describe('reports', () => {
  it('lists the programme’s report stages with their due time in my zone and the host’s', async () => {
    signedIn({ [`GET /api/v1/programmes/${programmeId}/report-stages`]: { body: [stage] } });
    renderApp(`/programmes/${programmeId}/reports`, trainee);
    const card = (await screen.findByRole('link', { name: 'Action plan' })).closest('li')!;
    expect(card.textContent).toMatch(/Due .*GMT\+14 \(Host time: .*11:59 PM GMT\+9\)/);
    expect(card.textContent).toContain('Needed to complete the programme');
    await expectAccessible();
  });

  it('shows my versions with their reviews, and hands in a text with a file, the upload’s progress shown', async () => {
    let round = 0;
    const api = signedIn({
      ...stageRoutes(),
      [`GET /api/v1/report-stages/${stageId}/submissions`]: () => ({
        body:
          round === 0
            ? history()
            : history({
                state: 'submitted',
                submissions: [submission({ id: 'new', number: 2, review: null }), submission({})],
              }),
      }),
      [`POST /api/v1/report-stages/${stageId}/submissions`]: () => {
        round++;
        return { status: 201, body: submission({ number: 2 }) };
      },
    });
    renderApp(`/report-stages/${stageId}`, trainee);
    expect(await screen.findByText('Returned: please hand in a new version')).toBeTruthy();
    const versions = screen.getByRole('region', { name: 'My versions' });
    expect(versions.textContent).toContain('Version 1');
    expect(versions.textContent).toContain('Please add a budget.');
    await expectAccessible();

    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Second draft, with a budget' } });
    const file = new File(['%PDF-'], 'plan d’action.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('File'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Hand in' }));
    const bar = (await screen.findByLabelText('Uploading')) as HTMLProgressElement;
    expect(bar.tagName).toBe('PROGRESS');
    expect(await screen.findByText('Your report was handed in.')).toBeTruthy();
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'My versions' })).getByText('Version 2')).toBeTruthy(),
    );

    expect(FakeXhr.sent).toHaveLength(1);
    expect(FakeXhr.sent[0].url).toBe(
      `${location.origin}/api/v1/report-stages/${stageId}/files?fileName=${encodeURIComponent('plan d’action.pdf')}`,
    );
    expect(FakeXhr.sent[0].headers.authorization).toBe(`Bearer access-${trainee.id}`);
    expect(FakeXhr.sent[0].body).toBe(file);
    expect(await api.sent('POST', `/api/v1/report-stages/${stageId}/submissions`)[0].json()).toEqual({
      text: 'Second draft, with a budget',
      fileId,
    });
  });

  it('refuses an empty version without sending anything, the message tied to the fields', async () => {
    const api = signedIn(stageRoutes());
    renderApp(`/report-stages/${stageId}`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Hand in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Please write a text or choose a file.');
    expect(screen.getByLabelText('Text').getAttribute('aria-describedby')).toBe(alert.id);
    expect(api.sent('POST', `/api/v1/report-stages/${stageId}/submissions`)).toHaveLength(0);
    expect(FakeXhr.sent).toHaveLength(0);
    await expectAccessible();
  });

  it.each([
    [413, { status: 413, code: 'REQUEST.TOO_LARGE' }, 'This file is too large.'],
    [
      422,
      {
        status: 422,
        code: 'REPORT.FILE_TYPE',
        errors: [{ field: 'file', reason: 'type application/x-msdownload is refused' }],
      },
      'Please check: file: type application/x-msdownload is refused',
    ],
  ])('says why an upload is refused (%s) and hands in nothing', async (status, body, message) => {
    FakeXhr.answer = { status, body };
    const api = signedIn(stageRoutes());
    renderApp(`/report-stages/${stageId}`, trainee);
    fireEvent.change(await screen.findByLabelText('File'), {
      target: { files: [new File(['MZ'], 'a.exe')] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Hand in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(api.sent('POST', `/api/v1/report-stages/${stageId}/submissions`)).toHaveLength(0);
  });

  it('says when the report was accepted meanwhile (409)', async () => {
    signedIn({
      ...stageRoutes(),
      [`POST /api/v1/report-stages/${stageId}/submissions`]: {
        status: 409,
        body: { status: 409, code: 'REPORT.ACCEPTED' },
      },
    });
    renderApp(`/report-stages/${stageId}`, trainee);
    fireEvent.change(await screen.findByLabelText('Text'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hand in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your report was already accepted: it takes no new version.',
    );
  });

  it('takes no new version once accepted', async () => {
    signedIn({
      ...stageRoutes(history({ state: 'accepted' })),
    });
    renderApp(`/report-stages/${stageId}`, trainee);
    expect(await screen.findByText('Accepted', { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hand in' })).toBeNull();
  });

  it('asks only for a text on a text-only stage', async () => {
    signedIn({
      ...stageRoutes(),
      [`GET /api/v1/report-stages/${stageId}`]: { body: { ...stage, forms: 'text' } },
    });
    renderApp(`/report-stages/${stageId}`, trainee);
    expect(await screen.findByLabelText('Text')).toBeTruthy();
    expect(screen.queryByLabelText('File')).toBeNull();
  });

  it('shows an error for a stage I cannot see (404)', async () => {
    signedIn({});
    renderApp(`/report-stages/${stageId}`, trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
