import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee, type FakeResponse } from '../test/harness';
import { instructor } from '../test/instructor';

const programmeId = '11111111-1111-4111-8111-111111111111';
const stageId = 'd0000000-0000-4000-8000-000000000001';
const submissionId = 'e0000000-0000-4000-8000-000000000002';
const at = {
  utc: '2026-11-02T05:00:00.000Z',
  local: { dateTime: '2026-11-02T05:00:00+00:00', zone: 'Europe/London' },
  host: { dateTime: '2026-11-02T14:00:00+09:00', zone: 'Asia/Tokyo' },
};

const level = (id: string, label: string, points: number) => ({ id, label, points, description: null });
const stage: Schemas['ReportStageResponse'] = {
  id: stageId,
  programmeId,
  kind: 'action_plan',
  title: 'Action plan',
  instructions: null,
  due: { mode: 'at', at },
  forms: 'both',
  requiredForCompletion: true,
  position: 0,
  maxTotal: 9,
  rubric: [
    {
      id: 'f0000000-0000-4000-8000-000000000001',
      title: 'Feasibility',
      description: 'Can it be done with the means at hand?',
      weight: 2,
      levels: [
        level('f1000000-0000-4000-8000-000000000001', 'Weak', 0),
        level('f1000000-0000-4000-8000-000000000002', 'Sound', 3),
      ],
    },
    {
      id: 'f0000000-0000-4000-8000-000000000002',
      title: 'Indicators',
      description: null,
      weight: 1,
      levels: [
        level('f2000000-0000-4000-8000-000000000001', 'Missing', 0),
        level('f2000000-0000-4000-8000-000000000002', 'Clear', 3),
      ],
    },
  ],
};

const submission: Schemas['ReportSubmissionResponse'] = {
  id: submissionId,
  stageId,
  userId: trainee.id,
  number: 2,
  text: 'Sort at source in three wards.\nMeasure monthly.',
  file: null,
  late: true,
  superseded: false,
  submittedAt: at,
  review: null,
};

const progress = {
  stage,
  trainees: [
    {
      userId: trainee.id,
      displayName: 'Aminath Shifaza',
      state: 'submitted',
      latestNumber: 2,
      submittedAt: at,
      late: true,
    },
    {
      userId: '4d2a5e3f-7f9c-4b9a-9c73-2e3f4a5b6c7d',
      displayName: 'Tenzin Wangmo',
      state: 'not_submitted',
      latestNumber: null,
      submittedAt: null,
      late: false,
    },
  ],
};

function grading(review: FakeResponse = { status: 201, body: submission }) {
  const api = fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
    [`GET /api/v1/programmes/${programmeId}/report-stages`]: { body: [stage] },
    [`GET /api/v1/report-stages/${stageId}/progress`]: { body: progress },
    [`GET /api/v1/report-stages/${stageId}/submissions`]: (request) =>
      new URL(request.url).searchParams.get('userId') === trainee.id
        ? { body: { stageId, userId: trainee.id, state: 'submitted', submissions: [submission] } }
        : { status: 404, body: { status: 404 } },
    [`POST /api/v1/report-submissions/${submissionId}/review`]: review,
  });
  return api;
}

const group = (name: string) => screen.getByRole('group', { name });

describe('grading reports (instructor)', () => {
  it('lists each stage’s trainees with their state, linking to the grading of what was submitted', async () => {
    grading();
    renderApp(`/teaching/programmes/${programmeId}/reports`, instructor);
    const card = (await screen.findByRole('heading', { level: 3, name: 'Aminath Shifaza' })).closest('li')!;
    expect(card.textContent).toContain('Submitted: to grade · Late');
    expect(
      within(card).getByRole('link', { name: 'Grade Aminath Shifaza: Action plan' }).getAttribute('href'),
    ).toBe(`/teaching/reports/${stageId}/${trainee.id}`);
    const none = screen.getByRole('heading', { level: 3, name: 'Tenzin Wangmo' }).closest('li')!;
    expect(within(none).queryByRole('link')).toBeNull();
    await expectAccessible();
  });

  it('grades the latest submission with a level per criterion, and accepts it', async () => {
    const reviewed = {
      ...submission,
      review: {
        id: 'r0000000-0000-4000-8000-000000000001',
        decision: 'accepted',
        comment: null,
        total: 9,
        reviewer: { id: instructor.id, displayName: instructor.displayName },
        reviewedAt: at,
        scores: [
          {
            criterionId: stage.rubric[0].id,
            criterion: 'Feasibility',
            weight: 2,
            levelId: stage.rubric[0].levels[1].id,
            level: 'Sound',
            points: 3,
          },
          {
            criterionId: stage.rubric[1].id,
            criterion: 'Indicators',
            weight: 1,
            levelId: stage.rubric[1].levels[1].id,
            level: 'Clear',
            points: 3,
          },
        ],
      },
    };
    const api = grading({ status: 201, body: reviewed });
    renderApp(`/teaching/reports/${stageId}/${trainee.id}`, instructor);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Action plan · Aminath Shifaza' }),
    ).toBeTruthy();
    expect(screen.getByText(/Sort at source in three wards/).textContent).toContain('Measure monthly.');
    expect(screen.getByText('Late')).toBeTruthy();
    const feasibility = group('Feasibility (×2)');
    expect(feasibility.getAttribute('aria-describedby')).toBe(`criterion-${stage.rubric[0].id}-help`);
    await expectAccessible();

    fireEvent.click(within(feasibility).getByRole('radio', { name: 'Sound (3 points)' }));
    fireEvent.click(within(group('Indicators')).getByRole('radio', { name: 'Clear (3 points)' }));
    fireEvent.click(within(group('Decision')).getByRole('radio', { name: 'Accept' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the review' }));
    expect(await screen.findByText('Review sent: the trainee is told by email.')).toBeTruthy();
    expect(screen.getByText('Total: 9 of 9')).toBeTruthy();
    expect(await api.sent('POST', `/api/v1/report-submissions/${submissionId}/review`)[0].json()).toEqual({
      decision: 'accepted',
      comment: null,
      scores: [
        { criterionId: stage.rubric[0].id, levelId: stage.rubric[0].levels[1].id },
        { criterionId: stage.rubric[1].id, levelId: stage.rubric[1].levels[1].id },
      ],
    });
  });

  it('asks for every level, a decision, and a comment to return, before sending anything', async () => {
    const api = grading();
    renderApp(`/teaching/reports/${stageId}/${trainee.id}`, instructor);
    fireEvent.click(await screen.findByRole('button', { name: 'Send the review' }));
    expect(screen.getByText('Nothing was sent: please check the answers marked above.')).toBeTruthy();
    expect(within(group('Indicators')).getByText('Please choose a level.')).toBeTruthy();
    expect(within(group('Decision')).getByText('Please accept or return the report.')).toBeTruthy();
    fireEvent.click(within(group('Decision')).getByRole('radio', { name: 'Return for changes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the review' }));
    const comment = screen.getByRole('textbox', { name: 'Comments for the trainee' });
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(comment.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Please say what to change when you return the report.',
    );
    expect(api.sent('POST', `/api/v1/report-submissions/${submissionId}/review`)).toHaveLength(0);
    await expectAccessible();
  });

  it('shows the 422’s errors on their criterion', async () => {
    grading({
      status: 422,
      body: {
        status: 422,
        code: 'REQUEST.VALIDATION',
        errors: [{ field: 'scores[1].levelId', reason: 'is not a level of that criterion' }],
      },
    });
    renderApp(`/teaching/reports/${stageId}/${trainee.id}`, instructor);
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'Feasibility (×2)' })).getByRole('radio', {
        name: 'Weak (0 points)',
      }),
    );
    fireEvent.click(within(group('Indicators')).getByRole('radio', { name: 'Missing (0 points)' }));
    fireEvent.click(within(group('Decision')).getByRole('radio', { name: 'Accept' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the review' }));
    expect(await within(group('Indicators')).findByText('is not a level of that criterion')).toBeTruthy();
    expect(group('Feasibility (×2)').getAttribute('aria-describedby')).not.toContain('error');
  });

  it('says so when the review is refused (409: already reviewed)', async () => {
    grading({ status: 409, body: { status: 409, code: 'REPORT.ALREADY_REVIEWED' } });
    renderApp(`/teaching/reports/${stageId}/${trainee.id}`, instructor);
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'Feasibility (×2)' })).getByRole('radio', {
        name: 'Weak (0 points)',
      }),
    );
    fireEvent.click(within(group('Indicators')).getByRole('radio', { name: 'Missing (0 points)' }));
    fireEvent.click(within(group('Decision')).getByRole('radio', { name: 'Accept' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the review' }));
    expect(await screen.findByText('Something went wrong. Please try again.')).toBeTruthy();
  });

  it('shows an error for a trainee or stage I cannot see (404)', async () => {
    grading();
    renderApp(`/teaching/reports/${stageId}/99999999-9999-4999-8999-999999999999`, instructor);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
