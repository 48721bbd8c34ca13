import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, fakeApi, renderApp } from '../test/harness';

const TOKEN = 'tK9_x-3vQmZ8LrT2pW5yN1aB4cD7eF0g';
const GOOD = 'lantern garden river 42';

function typePasswords(password: string, again = password) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('New password again'), { target: { value: again } });
}

const problem = (status: number, code: string, errors?: { field: string; reason: string }[]) => ({
  status,
  body: { type: 'about:blank', title: 'No', status, code, errors },
});

describe('accept-invitation page', () => {
  it('shows the rules first, checks the two passwords, opens the account and leads to sign-in', async () => {
    let answer = problem(422, 'AUTH.PASSWORD_TOO_WEAK', [
      { field: 'password', reason: 'is on a list of common passwords' },
    ]);
    const api = fakeApi({ 'POST /api/v1/auth/invitation/accept': () => answer });
    renderApp(`/accept-invitation?token=${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Open your account' })).toBeTruthy();
    const rules = screen.getByText(/at least 12 characters/);
    expect(screen.getByLabelText('New password').getAttribute('aria-describedby')).toBe(rules.id);
    expect(screen.queryByRole('navigation')).toBeNull();
    await expectAccessible();

    // Checked before sending: too short, and the two not the same.
    typePasswords('short', 'shorter');
    fireEvent.click(screen.getByRole('button', { name: 'Open my account' }));
    expect((await screen.findByText('Use at least 12 characters.')).id).toBe('password-error');
    expect(screen.getByText('The two passwords are not the same.').id).toBe('confirm-error');
    expect(document.activeElement).toBe(screen.getByLabelText('New password'));
    expect(api.requests).toHaveLength(0);
    await expectAccessible();

    // Refused by the API: its reason next to the field, in the reader's words.
    typePasswords('password1234');
    fireEvent.click(screen.getByRole('button', { name: 'Open my account' }));
    expect((await screen.findByText(/common password that attackers try first/)).id).toBe('password-error');
    expect(screen.queryByText('The two passwords are not the same.')).toBeNull();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');

    answer = { status: 204, body: undefined } as unknown as typeof answer;
    typePasswords(GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Open my account' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Your account is open. Sign in with your email address and the password you chose.',
    );
    const sent = api.sent('POST', '/api/v1/auth/invitation/accept');
    expect(sent).toHaveLength(2);
    expect(await sent[1].json()).toEqual({ token: TOKEN, password: GOOD });
    expect(location.search).toBe('');
    await expectAccessible();

    fireEvent.click(screen.getByRole('link', { name: 'Go to sign-in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });

  it('says what to do when the invitation link is used, replaced or expired', async () => {
    fakeApi({
      'POST /api/v1/auth/invitation/accept': problem(400, 'AUTH.INVITATION_INVALID', [
        { field: 'token', reason: 'is not a valid, unused invitation token' },
      ]),
    });
    renderApp(`/accept-invitation?token=${TOKEN}`);
    typePasswords(GOOD);
    fireEvent.click(await screen.findByRole('button', { name: 'Open my account' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /expired, was already used or was replaced.*ask your programme coordinator to send a new invitation/,
    );
    expect(screen.queryByLabelText('New password')).toBeNull();
    await expectAccessible();
  });

  it('says the link is incomplete when it has no token', async () => {
    const api = fakeApi({});
    renderApp('/accept-invitation');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This link is incomplete. Please open the whole link from your email.',
    );
    expect(api.requests).toHaveLength(0);
    await expectAccessible();
  });
});

describe('reset-password page', () => {
  it('sets the new password, and says every device was signed out', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/password-reset/confirm': { status: 204 } });
    renderApp(`/reset-password?token=${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeTruthy();
    await expectAccessible();
    typePasswords(GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/every device was signed out/);
    expect(await api.sent('POST', '/api/v1/auth/password-reset/confirm')[0].json()).toEqual({
      token: TOKEN,
      password: GOOD,
    });
  });

  it('offers a new link when this one expired or was used, and shows the throttle text on 429', async () => {
    let answer = problem(429, 'AUTH.TOO_MANY_ATTEMPTS');
    fakeApi({ 'POST /api/v1/auth/password-reset/confirm': () => answer });
    renderApp(`/reset-password?token=${TOKEN}`);
    typePasswords(GOOD);
    fireEvent.click(await screen.findByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('Too many attempts. Please wait a little and try again.')).toBeTruthy();

    answer = problem(400, 'AUTH.RESET_TOKEN_INVALID', [
      { field: 'token', reason: 'is not a valid, unused reset token' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/expired \(links work for one hour\)/);
    await expectAccessible();
    fireEvent.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeTruthy();
  });
});

describe('forgot-password page', () => {
  it('is linked from the sign-in page', async () => {
    fakeApi({});
    renderApp('/');
    fireEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeTruthy();
    expect(location.pathname).toBe('/forgot-password');
    await expectAccessible();
  });

  it('answers every address the same, checks the address first, and shows the throttle text', async () => {
    let status = 202;
    const api = fakeApi({
      'POST /api/v1/auth/password-reset': () =>
        status === 202 ? { status } : problem(status, 'AUTH.TOO_MANY_ATTEMPTS'),
    });
    renderApp('/forgot-password');
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect((await screen.findByText(/Please enter an email address/)).id).toBe('email-error');
    expect(api.requests).toHaveLength(0);
    await expectAccessible();

    status = 429;
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: ' someone@example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByText('Too many attempts. Please wait a little and try again.')).toBeTruthy();

    status = 202;
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /^If an account uses this address, a link to reset its password is on its way/,
    );
    expect(await api.sent('POST', '/api/v1/auth/password-reset')[1].json()).toEqual({
      email: 'someone@example.org',
    });
    await expectAccessible();
  });

  it('speaks Japanese when the reader chose it', async () => {
    fakeApi({});
    localStorage.setItem('kenshu.language', 'ja');
    renderApp('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードの再設定' })).toBeTruthy();
    expect(screen.getByLabelText('メールアドレス')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('ja'));
  });
});
