import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const id = (n: number) => `f0000000-0000-4000-8000-00000000000${n}`;
const DAY = 86_400_000;

/** An instant relative to now, the trainee in Kiritimati (UTC+14), the host in Tokyo (UTC+9). */
const at = (offsetMs: number): Schemas['TimePointResponse'] => {
  const utc = new Date(Date.now() + offsetMs).toISOString();
  return {
    utc,
    local: { dateTime: utc, zone: 'Pacific/Kiritimati' },
    host: { dateTime: utc, zone: 'Asia/Tokyo' },
  };
};

const mine = (n: number, over: Partial<Schemas['MySurveyResponse']>): Schemas['MySurveyResponse'] => ({
  surveyId: id(n),
  programmeId: '11111111-1111-4111-8111-111111111111',
  title: `Survey ${n}`,
  level: 'L1',
  anonymous: true,
  status: 'open',
  opensAt: at(-DAY),
  closesAt: at(6 * DAY),
  answered: false,
  ...over,
});

const list = [
  mine(1, { title: 'Session reaction: the incineration plant' }),
  mine(2, { title: 'End of programme', opensAt: at(3 * DAY), closesAt: at(10 * DAY), anonymous: false }),
  mine(3, { title: 'Lecture on separation', answered: true }),
  mine(4, { title: 'Welcome session', status: 'closed', closesAt: at(-2 * DAY) }),
];

const form = (over: Partial<Schemas['SurveyFormResponse']> = {}): Schemas['SurveyFormResponse'] => ({
  surveyId: id(1),
  title: 'Session reaction: the incineration plant',
  programmeTitle: 'Waste management in Tokyo',
  language: 'en',
  anonymous: true,
  status: 'open',
  opensAt: at(-DAY),
  closesAt: at(6 * DAY),
  answered: false,
  questions: [
    {
      id: 'a0000000-0000-4000-8000-000000000001',
      position: 1,
      kind: 'single_choice',
      text: 'Which fraction is combustible?',
      options: [
        { id: 'a', text: 'Kitchen waste' },
        { id: 'b', text: 'Glass bottles' },
      ],
      rows: null,
      scaleLabels: null,
      required: true,
    },
  ],
  ...over,
});

const formPath = `/api/v1/me/surveys/${id(1)}`;
const answerPath = `${formPath}/responses`;
const problem = (status: number, code: string) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, instance: answerPath, requestId: 'r1' },
});

function signedIn(routes: Parameters<typeof fakeApi>[0]) {
  return fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(trainee) }, ...routes });
}

describe('my surveys', () => {
  it('lists my surveys by where they stand, open ones linked to their form, times in both zones', async () => {
    signedIn({ 'GET /api/v1/me/surveys': { body: list } });
    renderApp('/surveys', trainee);
    const section = async (name: string) =>
      (await screen.findByRole('heading', { level: 2, name })).closest('section')!;
    const open = await section('To answer');
    expect(within(open).getByRole('link', { name: 'Session reaction: the incineration plant' })).toBeTruthy();
    expect(open.textContent).toMatch(/Open until .*GMT\+14 \(Host time: .*GMT\+9\)/);
    expect(open.textContent).toContain('Anonymous');
    const upcoming = await section('Not open yet');
    expect(upcoming.textContent).toContain('End of programme');
    expect(upcoming.textContent).toContain('Opens');
    expect(within(upcoming).queryByRole('link')).toBeNull();
    expect((await section('Answered')).textContent).toContain('Lecture on separation');
    const closed = await section('Closed');
    expect(closed.textContent).toContain('Welcome session');
    expect(within(closed).queryByRole('link')).toBeNull();
    expect(screen.getByRole('link', { name: 'My surveys' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible();
  });

  it('says when I have none, and when the list fails', async () => {
    signedIn({ 'GET /api/v1/me/surveys': { body: [] } });
    const first = renderApp('/surveys', trainee);
    expect(await screen.findByText('You have no survey to answer.')).toBeTruthy();
    first.unmount();
    signedIn({ 'GET /api/v1/me/surveys': { status: 500, body: { status: 500 } } });
    renderApp('/surveys', trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });

  it('answers an open survey as me, with the public page’s form, and checks required answers', async () => {
    const api = signedIn({
      'GET /api/v1/me/surveys': { body: list },
      [`GET ${formPath}`]: { body: form() },
      [`POST ${answerPath}`]: { status: 204 },
    });
    renderApp('/surveys', trainee);
    fireEvent.click(await screen.findByRole('link', { name: 'Session reaction: the incineration plant' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Session reaction: the incineration plant' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please check the answer marked below.');
    expect(api.sent('POST', answerPath)).toHaveLength(0);
    await expectAccessible();
    fireEvent.click(screen.getByLabelText('Kitchen waste'));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('Thank you! Your answers were sent.')).toBeTruthy();
    const [sent] = api.sent('POST', answerPath);
    expect(await sent.json()).toEqual({
      answers: [{ questionId: 'a0000000-0000-4000-8000-000000000001', optionIds: ['a'] }],
    });
    expect(sent.headers.get('authorization')).toBe(`Bearer access-${trainee.id}`);
    expect(screen.getByRole('link', { name: 'All my surveys' }).getAttribute('href')).toBe('/surveys');
  });

  it.each([
    ['SURVEY.ALREADY_ANSWERED', 'You have already answered this survey. Thank you!'],
    ['SURVEY.CLOSED', 'This survey is closed: it takes no more answers.'],
  ])('says so when my answer is refused with %s', async (code, message) => {
    signedIn({ [`GET ${formPath}`]: { body: form() }, [`POST ${answerPath}`]: problem(409, code) });
    renderApp(`/surveys/${id(1)}`, trainee);
    fireEvent.click(await screen.findByLabelText('Kitchen waste'));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });

  it.each([
    [
      'not mine (404)',
      { status: 404, body: { status: 404, code: 'NOT_FOUND' } },
      'This survey is not one of yours.',
    ],
    ['answered', { body: form({ answered: true }) }, 'You have already answered this survey.'],
    ['closed', { body: form({ status: 'closed' }) }, 'This survey is closed'],
    ['not open yet', { body: form({ opensAt: at(DAY) }) }, 'This survey is not open yet.It opens on'],
  ])('shows no form when the survey is %s', async (_, answer, message) => {
    signedIn({ [`GET ${formPath}`]: answer });
    renderApp(`/surveys/${id(1)}`, trainee);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    await expectAccessible();
  });
});
