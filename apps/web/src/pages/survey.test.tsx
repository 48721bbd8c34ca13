import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp } from '../test/harness';

const token = 'tK3n-Q9_xY2bW7vL0mZr4sHd8pFj6uAa1cEe5gIiOo';
const formPath = `/api/v1/survey-invitations/${token}`;
const answerPath = `${formPath}/responses`;
const q = (n: number) => `a0000000-0000-4000-8000-00000000000${n}`;

const at = (offsetMs: number): Schemas['TimePointResponse'] => {
  const utc = new Date(Date.now() + offsetMs).toISOString();
  return {
    utc,
    local: { dateTime: utc, zone: 'Pacific/Kiritimati' },
    host: { dateTime: utc, zone: 'Asia/Tokyo' },
  };
};

const question = (
  n: number,
  over: Partial<Schemas['SurveyFormQuestionResponse']>,
): Schemas['SurveyFormQuestionResponse'] => ({
  id: q(n),
  position: n,
  kind: 'text',
  text: `Question text ${n}`,
  options: null,
  rows: null,
  scaleLabels: null,
  required: true,
  ...over,
});

const labels = ['Not useful', 'Slightly useful', 'Moderately useful', 'Useful', 'Very useful'];

const form = (over: Partial<Schemas['SurveyFormResponse']> = {}): Schemas['SurveyFormResponse'] => ({
  surveyId: 'f0000000-0000-4000-8000-000000000001',
  title: 'Session reaction: the incineration plant',
  programmeTitle: 'Waste management in Tokyo',
  language: 'en',
  anonymous: true,
  status: 'open',
  opensAt: at(-86_400_000),
  closesAt: at(6 * 86_400_000),
  answered: false,
  questions: [
    question(1, { kind: 'likert', text: 'How useful was the site visit?', scaleLabels: labels }),
    question(2, {
      kind: 'single_choice',
      text: 'Which fraction is combustible?',
      options: [
        { id: 'a', text: 'Kitchen waste' },
        { id: 'b', text: 'Glass bottles' },
      ],
    }),
    question(3, {
      kind: 'multiple_choice',
      text: 'Which sessions did you attend?',
      options: [
        { id: 'lecture', text: 'Lecture' },
        { id: 'visit', text: 'Site visit' },
        { id: 'workshop', text: 'Workshop' },
      ],
    }),
    question(4, { kind: 'nps', text: 'Would you recommend this programme to a colleague?' }),
    question(5, { kind: 'text', text: 'What should we change?', required: false }),
    question(6, {
      kind: 'matrix',
      text: 'Rate each part',
      rows: [
        { id: 'r1', text: 'Lectures' },
        { id: 'r2', text: 'Visits' },
      ],
      scaleLabels: labels,
    }),
  ],
  ...over,
});

const group = (name: RegExp) => screen.getByRole('group', { name });
const problem = (status: number, code: string, errors?: Schemas['FieldProblemDto'][]) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, instance: answerPath, requestId: 'r1', errors },
});

/** Answers every question but the free text, as a person would: one click each. */
function answerAll() {
  fireEvent.click(within(group(/How useful/)).getByLabelText('4 · Useful'));
  fireEvent.click(screen.getByLabelText('Kitchen waste'));
  fireEvent.click(screen.getByLabelText('Lecture'));
  fireEvent.click(screen.getByLabelText('Site visit'));
  fireEvent.click(within(group(/recommend/)).getByLabelText('9'));
  fireEvent.click(within(group(/^Lectures$/)).getByLabelText('5 · Very useful'));
  fireEvent.click(within(group(/^Visits$/)).getByLabelText('2 · Slightly useful'));
}

describe('public survey page', () => {
  it('shows every kind of question without sign-in and posts the answers in the API’s shape', async () => {
    const api = fakeApi({ [`GET ${formPath}`]: { body: form() }, [`POST ${answerPath}`]: { status: 204 } });
    renderApp(`/survey/${token}`);
    expect(
      (await screen.findByRole('heading', { level: 1, name: 'Session reaction: the incineration plant' }))
        .tagName,
    ).toBe('H1');
    expect(screen.getByText(/This survey is anonymous/)).toBeTruthy();
    expect(screen.getByText('A survey of Waste management in Tokyo.')).toBeTruthy();
    expect(screen.getByText(/^Open until/)).toBeTruthy();
    expect(group(/Question 1 How useful was the site visit\? \(required\)/)).toBeTruthy();
    expect(within(group(/recommend/)).getAllByRole('radio')).toHaveLength(11);
    expect(group(/recommend/).getAttribute('aria-describedby')).toBe(`q-${q(4)}-help`);
    expect((screen.getByLabelText(/What should we change\?/) as HTMLTextAreaElement).required).toBe(false);
    expect(within(group(/Which sessions/)).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.queryByRole('navigation')).toBeNull();
    await expectAccessible();

    answerAll();
    fireEvent.click(screen.getByLabelText('Site visit')); // and changes their mind
    fireEvent.click(screen.getByLabelText('Workshop'));
    fireEvent.change(screen.getByLabelText(/What should we change\?/), {
      target: { value: 'More time at the plant' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByText('Thank you! Your answers were sent.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
    expect(await api.sent('POST', answerPath)[0].json()).toEqual({
      answers: [
        { questionId: q(1), value: 4 },
        { questionId: q(2), optionIds: ['a'] },
        { questionId: q(3), optionIds: ['lecture', 'workshop'] },
        { questionId: q(4), value: 9 },
        { questionId: q(5), text: 'More time at the plant' },
        { questionId: q(6), rows: { r1: 5, r2: 2 } },
      ],
    });
    expect(api.sent('POST', '/api/v1/auth/refresh')).toHaveLength(0);
    await expectAccessible();
  });

  it('marks the required questions left empty, tied to them, and sends nothing', async () => {
    const api = fakeApi({ [`GET ${formPath}`]: { body: form() } });
    renderApp(`/survey/${token}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Send my answers' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toBe('Please check the 5 answers marked below.');
    expect(document.activeElement).toBe(summary);
    const likert = group(/How useful/);
    const error = document.getElementById(likert.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('Please answer this question.');
    expect(likert.contains(error)).toBe(true);
    expect(document.getElementById(`q-${q(6)}-error`)!.textContent).toBe('Please rate every row.');
    expect(document.getElementById(`q-${q(5)}-error`)).toBeNull();
    expect(api.sent('POST', answerPath)).toHaveLength(0);
    await expectAccessible();

    // One matrix row rated still leaves the other one to do.
    answerAll();
    fireEvent.click(within(group(/^Visits$/)).getByLabelText('2 · Slightly useful'));
    expect(api.sent('POST', answerPath)).toHaveLength(0);
  });

  it('shows the API’s field problems next to the questions they name', async () => {
    fakeApi({
      [`GET ${formPath}`]: { body: form() },
      [`POST ${answerPath}`]: problem(422, 'SURVEY.INVALID', [
        { field: 'answers[1].optionIds[0]', reason: 'is not an option of this question' },
        { field: 'answers[4].rows.r2', reason: 'must be a whole number from 1 to 5' },
        { field: 'answers', reason: `must answer question ${q(3)}` },
        { field: 'surveyId', reason: 'is something else' },
      ]),
    });
    renderApp(`/survey/${token}`);
    await screen.findByRole('button', { name: 'Send my answers' });
    answerAll();
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Please check the 4 answers marked below.');
    expect(summary.textContent).toContain('surveyId: is something else');
    const describedBy = (name: RegExp) =>
      document.getElementById(group(name).getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent;
    // answers[1] is the second answer sent: the single choice; answers[4] is the matrix (the text was empty).
    expect(describedBy(/Which fraction/)).toBe('Please check this answer: is not an option of this question');
    expect(describedBy(/Rate each part/)).toBe(
      'Please check this answer: Visits: must be a whole number from 1 to 5',
    );
    expect(describedBy(/Which sessions/)).toBe('Please answer this question.');
    expect(group(/recommend/).getAttribute('aria-describedby')).toBe(`q-${q(4)}-help`);
    expect(document.getElementById(`q-${q(1)}-error`)).toBeNull();
    expect(screen.getByRole('button', { name: 'Send my answers' })).toBeTruthy();
    await expectAccessible();
  });

  it.each([
    ['SURVEY.ALREADY_ANSWERED', 'This survey was already answered with this link. Thank you!'],
    ['SURVEY.CLOSED', 'This survey is closed: it takes no more answers.'],
    ['SURVEY.NOT_OPEN', 'This survey is not open yet.'],
  ])('says so when the answer is refused with %s', async (code, message) => {
    fakeApi({ [`GET ${formPath}`]: { body: form() }, [`POST ${answerPath}`]: problem(409, code) });
    renderApp(`/survey/${token}`);
    await screen.findByRole('button', { name: 'Send my answers' });
    answerAll();
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });

  it('keeps the answers when there were too many tries, and sends them again', async () => {
    let calls = 0;
    const api = fakeApi({
      [`GET ${formPath}`]: { body: form() },
      [`POST ${answerPath}`]: () =>
        ++calls === 1
          ? { ...problem(429, 'AUTH.THROTTLED'), headers: { 'retry-after': '60' } }
          : { status: 204 },
    });
    renderApp(`/survey/${token}`);
    await screen.findByRole('button', { name: 'Send my answers' });
    answerAll();
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(
      await screen.findByText('Too many tries from your network. Please wait a minute and try again.'),
    ).toBeTruthy();
    expect((within(group(/How useful/)).getByLabelText('4 · Useful') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('Thank you! Your answers were sent.')).toBeTruthy();
    const [first, second] = api.sent('POST', answerPath);
    expect(await second.json()).toEqual(await first.json());
  });

  it.each([
    ['404', { status: 404, body: { status: 404, code: 'NOT_FOUND' } }, 'This link is not valid.'],
    [
      '429',
      { status: 429, body: { status: 429, code: 'AUTH.THROTTLED' } },
      'Too many tries from your network.',
    ],
    ['answered', { body: form({ answered: true }) }, 'This survey was already answered with this link.'],
    ['closed', { body: form({ status: 'closed' }) }, 'This survey is closed: it takes no more answers.'],
    [
      'past its closing time',
      { body: form({ closesAt: at(-60_000) }) },
      'This survey is closed: it takes no more answers.',
    ],
    ['not open yet', { body: form({ opensAt: at(86_400_000) }) }, 'This survey is not open yet.It opens on'],
  ])('shows no form when the link’s survey is %s', async (_, answer, message) => {
    fakeApi({ [`GET ${formPath}`]: answer });
    renderApp(`/survey/${token}`);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    await expectAccessible();
  });

  it('speaks the invitee’s language, Japanese, whatever the browser’s', async () => {
    fakeApi({
      [`GET ${formPath}`]: {
        body: form({
          language: 'ja',
          anonymous: false,
          questions: [question(1, { kind: 'text', text: 'ご意見をお聞かせください。' })],
        }),
      },
      [`POST ${answerPath}`]: { status: 204 },
    });
    renderApp(`/survey/${token}`);
    const text = await screen.findByLabelText(/ご意見をお聞かせください。/);
    expect(text.closest('[lang]')!.getAttribute('lang')).toBe('ja');
    expect(screen.getByText('質問 1')).toBeTruthy();
    expect(screen.queryByText(/匿名/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '回答を送信' }));
    expect(await screen.findByText('この質問に回答してください。')).toBeTruthy();
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(text.getAttribute('aria-describedby')).toBe(`q-${q(1)}-error`);
    fireEvent.change(text, { target: { value: '見学の時間をもっと長く' } });
    fireEvent.click(screen.getByRole('button', { name: '回答を送信' }));
    await waitFor(() =>
      expect(screen.getByText('ご協力ありがとうございました。回答を送信しました。')).toBeTruthy(),
    );
  });
});
