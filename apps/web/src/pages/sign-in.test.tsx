import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const noEnrolments = { body: { total: 0, page: 1, pageSize: 200, items: [] } };

async function signIn(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('signs a trainee in and sends the access token with the next requests', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': noEnrolments,
    });
    renderApp('/');
    await expectAccessible();
    await signIn('trainee@kenshu.example', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'My programmes' })).toBeTruthy();
    expect(await api.sent('POST', '/api/v1/auth/login')[0].json()).toEqual({
      email: 'trainee@kenshu.example',
      password: 'correct horse battery',
    });
    await waitFor(() => expect(api.sent('GET', '/api/v1/me/enrolments')).toHaveLength(1));
    expect(api.sent('GET', '/api/v1/me/enrolments')[0].headers.get('authorization')).toBe(
      `Bearer access-${trainee.id}`,
    );
    expect(localStorage.getItem('kenshu.refreshToken')).toBe('refresh-2');
  });

  it('says so when the email or password is wrong, and when sign-in is throttled', async () => {
    let status = 401;
    fakeApi({
      'POST /api/v1/auth/login': () => ({
        status,
        body: { status, title: 'No', code: 'AUTH.INVALID_CREDENTIALS' },
      }),
    });
    renderApp('/');
    await signIn('trainee@kenshu.example', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password.');
    status = 429;
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Too many attempts/));
    expect(screen.queryByRole('navigation')).toBeNull();
    await expectAccessible();
  });

  it('switches to Japanese before sign-in, with the page language set for screen readers', async () => {
    fakeApi({});
    renderApp('/');
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'ja' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'サインイン' })).toBeTruthy();
    expect(screen.getByLabelText('メールアドレス')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem('kenshu.language')).toBe('ja');
    await waitFor(() => expect(document.title).toBe('サインイン · Kenshu'));
  });

  it('resumes a stored session, refreshes an expired access token once and retries the request', async () => {
    let enrolmentCalls = 0;
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': () =>
        ++enrolmentCalls === 1 ? { status: 401, body: { status: 401 } } : noEnrolments,
    });
    renderApp('/', trainee);
    expect(await screen.findByText('You are not enrolled in any programme yet.')).toBeTruthy();
    expect(api.sent('POST', '/api/v1/auth/refresh')).toHaveLength(2);
    expect(enrolmentCalls).toBe(2);
  });

  it('falls back to the sign-in page when the stored session cannot be resumed', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { status: 401, body: { status: 401 } } });
    renderApp('/schedule', trainee);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(localStorage.getItem('kenshu.refreshToken')).toBeNull();
  });
});
