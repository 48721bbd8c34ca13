import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const programmeId = '11111111-1111-4111-8111-111111111111';
const testId = 'a1000000-0000-4000-8000-000000000001';
const attemptId = 'a2000000-0000-4000-8000-000000000001';
const q = (n: number) => `a3000000-0000-4000-8000-00000000000${n}`;

const at = (utc: string): Schemas['TimePointResponse'] => ({
  utc,
  local: { dateTime: utc, zone: 'Pacific/Kiritimati' },
  host: { dateTime: utc, zone: 'Asia/Tokyo' },
});

const test: Schemas['AssessmentResponse'] = {
  id: testId,
  programmeId,
  kind: 'post_test',
  title: 'Post-test: municipal solid waste',
  timeLimitMinutes: 30,
  attemptsAllowed: 2,
  opens: at('2026-10-06T01:00:00.000Z'),
  closes: at('2026-10-06T03:00:00.000Z'),
  passPercent: 60,
  answerVisibility: 'after_submit',
  status: 'published',
  questionCount: 4,
  maxScore: 4,
  attemptsUsed: 0,
  attemptsLeft: 2,
  createdAt: '2026-09-01T00:00:00.000Z',
};

const questions: Schemas['AttemptQuestionResponse'][] = [
  {
    id: q(1),
    position: 1,
    kind: 'single_choice',
    text: 'Which fraction is combustible?',
    options: [
      { id: 'a', text: 'Kitchen waste' },
      { id: 'b', text: 'Glass bottles' },
    ],
    points: 1,
    answer: null,
  },
  {
    id: q(2),
    position: 2,
    kind: 'multiple_choice',
    text: 'Which are recyclable?',
    options: [
      { id: 'pet', text: 'PET bottles' },
      { id: 'cans', text: 'Cans' },
      { id: 'nappies', text: 'Nappies' },
    ],
    points: 1,
    answer: null,
  },
  {
    id: q(3),
    position: 3,
    kind: 'true_false',
    text: 'Tokyo has 23 special wards.',
    options: [
      { id: 'true', text: 'True' },
      { id: 'false', text: 'False' },
    ],
    points: 1,
    answer: { optionIds: ['true'] },
  },
  {
    id: q(4),
    position: 4,
    kind: 'numeric',
    text: 'Tonnes per day at Chūō?',
    options: [],
    points: 1,
    answer: null,
  },
  {
    id: q(5),
    position: 5,
    kind: 'short_answer',
    text: 'Name the law.',
    options: [],
    points: 1,
    answer: null,
  },
];

const attempt = (over: Partial<Schemas['AttemptResponse']> = {}): Schemas['AttemptResponse'] => ({
  id: attemptId,
  assessmentId: testId,
  userId: trainee.id,
  number: 1,
  status: 'in_progress',
  startedAt: new Date(Date.now() - 60_000).toISOString(),
  deadline: at(new Date(Date.now() + 10 * 60_000 + 5_000).toISOString()),
  submittedAt: null,
  autoSubmitted: false,
  score: null,
  maxScore: null,
  percent: null,
  answersRevealed: false,
  questions,
  ...over,
});

const problem = (status: number, code: string) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, instance: '/x', requestId: 'r1' },
});

function signedIn(routes: Parameters<typeof fakeApi>[0]) {
  return fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(trainee) }, ...routes });
}

beforeEach(() =>
  vi.stubGlobal(
    'confirm',
    vi.fn(() => true),
  ),
);
afterEach(() => vi.useRealTimers());

describe('tests list', () => {
  it('lists the tests with open and close times in my zone and the host’s, my attempts, and starts one', async () => {
    const api = signedIn({
      [`GET /api/v1/programmes/${programmeId}/assessments`]: { body: [test] },
      [`GET /api/v1/assessments/${testId}/attempts`]: { body: [] },
      [`POST /api/v1/assessments/${testId}/attempts`]: { status: 201, body: attempt() },
      [`GET /api/v1/assessment-attempts/${attemptId}`]: { body: attempt() },
    });
    renderApp(`/programmes/${programmeId}/tests`, trainee);
    const card = (await screen.findByRole('heading', { level: 2, name: test.title })).closest('li')!;
    expect(card.textContent).toContain('Post-test · 4 questions · 30 minutes');
    // 01:00 UTC is 15:00 in Kiritimati and 10:00 in Tokyo.
    expect(card.textContent).toMatch(/Opens .*03:00 PM GMT\+14 \(Host time: .*10:00 AM GMT\+9\)/);
    expect(card.textContent).toContain('Attempts left: 2 of 2');
    await expectAccessible();
    fireEvent.click(within(card).getByRole('button', { name: `Start ${test.title}` }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test' })).toBeTruthy();
    expect(api.sent('POST', `/api/v1/assessments/${testId}/attempts`)).toHaveLength(1);
    expect(location.pathname).toBe(`/attempts/${attemptId}`);
  });

  it('offers to continue an unfinished attempt and shows scores of submitted ones', async () => {
    signedIn({
      [`GET /api/v1/programmes/${programmeId}/assessments`]: {
        body: [{ ...test, attemptsUsed: 2, attemptsLeft: 0 }],
      },
      [`GET /api/v1/assessments/${testId}/attempts`]: {
        body: [
          {
            id: 'x1',
            userId: trainee.id,
            displayName: 'A',
            number: 1,
            status: 'submitted',
            startedAt: '',
            autoSubmitted: false,
            score: 3,
            maxScore: 4,
            percent: 75,
          },
          {
            id: attemptId,
            userId: trainee.id,
            displayName: 'A',
            number: 2,
            status: 'in_progress',
            startedAt: '',
            autoSubmitted: false,
          },
        ],
      },
    });
    renderApp(`/programmes/${programmeId}/tests`, trainee);
    const card = (await screen.findByRole('heading', { level: 2, name: test.title })).closest('li')!;
    expect(card.textContent).toContain('Attempt 1 · Score: 3 / 4');
    expect(card.textContent).toContain('Attempt 2 · in progress');
    expect(within(card).getByRole('button', { name: `Continue ${test.title}` })).toBeTruthy();
  });

  it.each([
    ['ASSESSMENT.NOT_OPEN', 'This test is not open yet.'],
    ['ASSESSMENT.CLOSED', 'This test is closed.'],
    ['ASSESSMENT.NO_ATTEMPTS_LEFT', 'You have used every attempt allowed.'],
  ])('says why it cannot start (%s)', async (code, message) => {
    signedIn({
      [`GET /api/v1/programmes/${programmeId}/assessments`]: { body: [test] },
      [`GET /api/v1/assessments/${testId}/attempts`]: { body: [] },
      [`POST /api/v1/assessments/${testId}/attempts`]: problem(409, code),
    });
    renderApp(`/programmes/${programmeId}/tests`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: `Start ${test.title}` }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(location.pathname).toBe(`/programmes/${programmeId}/tests`);
  });

  it('shows an error for a programme I cannot see (404)', async () => {
    signedIn({});
    renderApp(`/programmes/${programmeId}/tests`, trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});

describe('an attempt', () => {
  it('answers each kind of question, saves, submits and shows only what the API reveals', async () => {
    const graded = attempt({
      status: 'submitted',
      score: 3,
      maxScore: 5,
      percent: 60,
      answersRevealed: false,
    });
    const api = signedIn({
      [`GET /api/v1/assessment-attempts/${attemptId}`]: { body: attempt() },
      [`PUT /api/v1/assessment-attempts/${attemptId}/answers`]: { body: attempt() },
      [`POST /api/v1/assessment-attempts/${attemptId}/submit`]: { body: graded },
    });
    renderApp(`/attempts/${attemptId}`, trainee);
    expect((await screen.findByRole('timer')).textContent).toMatch(/^Time left: 10:0\d$/);
    expect((screen.getByLabelText('True') as HTMLInputElement).checked).toBe(true);
    await expectAccessible();
    fireEvent.click(screen.getByLabelText('Kitchen waste'));
    fireEvent.click(screen.getByLabelText('PET bottles'));
    fireEvent.click(screen.getByLabelText('Cans'));
    fireEvent.change(screen.getByLabelText(/Tonnes per day/), { target: { value: '600.5' } });
    fireEvent.change(screen.getByLabelText(/Name the law/), { target: { value: 'Waste Management Act' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText('Your answers are saved.')).toBeTruthy();
    expect(await api.sent('PUT', `/api/v1/assessment-attempts/${attemptId}/answers`)[0].json()).toEqual({
      answers: [
        { questionId: q(1), optionIds: ['a'] },
        { questionId: q(2), optionIds: ['pet', 'cans'] },
        { questionId: q(3), optionIds: ['true'] },
        { questionId: q(4), value: 600.5 },
        { questionId: q(5), text: 'Waste Management Act' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const result = await screen.findByRole('status');
    expect(result.textContent).toContain('Your answers are submitted.');
    expect(result.textContent).toContain('Score: 3 / 5 (60%)');
    expect(screen.getByText('The answers are not shown for this test (or not yet).')).toBeTruthy();
    expect(screen.queryByText('Correct')).toBeNull();
    expect(api.sent('PUT', `/api/v1/assessment-attempts/${attemptId}/answers`)).toHaveLength(2);
    expect(api.sent('POST', `/api/v1/assessment-attempts/${attemptId}/submit`)).toHaveLength(1);
    await expectAccessible();
  });

  it('does not submit when I do not confirm', async () => {
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    const api = signedIn({ [`GET /api/v1/assessment-attempts/${attemptId}`]: { body: attempt() } });
    renderApp(`/attempts/${attemptId}`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    expect(api.sent('POST', `/api/v1/assessment-attempts/${attemptId}/submit`)).toHaveLength(0);
    expect(api.sent('PUT', `/api/v1/assessment-attempts/${attemptId}/answers`)).toHaveLength(0);
  });

  it('shows revealed answers, correctness and the key of a submitted attempt', async () => {
    signedIn({
      [`GET /api/v1/assessment-attempts/${attemptId}`]: {
        body: attempt({
          status: 'submitted',
          autoSubmitted: true,
          score: 1,
          maxScore: 2,
          percent: 50,
          answersRevealed: true,
          questions: [
            {
              ...questions[0],
              answer: { optionIds: ['b'] },
              correct: false,
              awardedPoints: 0,
              key: { optionIds: ['a'] },
            },
            {
              ...questions[3],
              answer: { value: 600 },
              correct: true,
              awardedPoints: 1,
              key: { value: 600, tolerance: 5 },
            },
          ],
        }),
      },
    });
    renderApp(`/attempts/${attemptId}`, trainee);
    expect(await screen.findByText('Time was up: your answers were graded as they stood.')).toBeTruthy();
    const [first, second] = screen.getAllByRole('listitem').filter((li) => li.closest('main'));
    expect(first.textContent).toContain('Your answer: Glass bottles');
    expect(first.textContent).toContain('Not correct · 0 of 1 points');
    expect(first.textContent).toContain('Expected answer: Kitchen waste');
    expect(second.textContent).toContain('Correct · 1 of 1 points');
    expect(second.textContent).toContain('Expected answer: 600 ± 5');
    await expectAccessible();
  });

  it('reloads the attempt when the API says its time is up', async () => {
    let reads = 0;
    signedIn({
      [`GET /api/v1/assessment-attempts/${attemptId}`]: () => ({
        body:
          ++reads === 1
            ? attempt()
            : attempt({ status: 'submitted', autoSubmitted: true, score: 0, maxScore: 5 }),
      }),
      [`PUT /api/v1/assessment-attempts/${attemptId}/answers`]: problem(409, 'ASSESSMENT.DEADLINE_PASSED'),
    });
    renderApp(`/attempts/${attemptId}`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Save my answers' }));
    expect((await screen.findByRole('status')).textContent).toContain('Time was up');
    expect(reads).toBe(2);
  });

  it('shows the API’s field problems when saving is refused (422)', async () => {
    signedIn({
      [`GET /api/v1/assessment-attempts/${attemptId}`]: { body: attempt() },
      [`PUT /api/v1/assessment-attempts/${attemptId}/answers`]: {
        status: 422,
        body: {
          ...problem(422, 'ASSESSMENT.INVALID').body,
          errors: [{ field: 'answers[0].optionIds[0]', reason: 'is not an option' }],
        },
      },
    });
    renderApp(`/attempts/${attemptId}`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Save my answers' }));
    expect(
      await screen.findByText('Please check your answers: answers[0].optionIds[0]: is not an option'),
    ).toBeTruthy();
  });

  it('counts down and reads the attempt again at its deadline', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let reads = 0;
    signedIn({
      [`GET /api/v1/assessment-attempts/${attemptId}`]: () => ({
        body:
          ++reads === 1
            ? attempt({ deadline: at(new Date(Date.now() + 3_000).toISOString()) })
            : attempt({ status: 'submitted', autoSubmitted: true, score: 2, maxScore: 5 }),
      }),
    });
    renderApp(`/attempts/${attemptId}`, trainee);
    expect((await screen.findByRole('timer')).textContent).toMatch(/^Time left: 00:0[23]$/);
    expect(screen.getByRole('timer').className).toContain('error');
    await act(async () => vi.advanceTimersByTime(4_000));
    await waitFor(() => expect(reads).toBe(2));
    expect((await screen.findByRole('status')).textContent).toContain('Score: 2 / 5');
  });

  it('shows an error for an attempt that is not mine (404)', async () => {
    signedIn({});
    renderApp(`/attempts/${attemptId}`, trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
