import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, fakeApi, renderApp } from '../test/harness';

const code = 'K7QF-2M9X-HD4P';
const path = `/api/v1/certificates/verify/${code}`;

describe('certificate verification page', () => {
  it('shows a valid certificate’s name, programme and completion date, without sign-in', async () => {
    const api = fakeApi({
      [`GET ${path}`]: {
        body: {
          valid: true,
          name: '김민준',
          programme: 'Bilateral online meetings, FY2023',
          completedOn: '2023-12-18',
        },
      },
    });
    renderApp(`/verify/${code}`);
    expect(await screen.findByText('This certificate is valid.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Certificate verification');
    expect(screen.getByText(`Code ${code}`)).toBeTruthy();
    const facts = [...document.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling!.textContent,
    ]);
    expect(facts).toEqual([
      ['Name', '김민준'],
      ['Programme', 'Bilateral online meetings, FY2023'],
      ['Completed on', 'Mon, Dec 18, 2023'],
    ]);
    expect(document.querySelector('time')!.getAttribute('datetime')).toBe('2023-12-18');
    expect(api.sent('POST', '/api/v1/auth/refresh')).toHaveLength(0);
    await expectAccessible();
  });

  it.each([
    [410, 'This certificate was revoked: it is no longer valid.'],
    [404, 'No certificate has this code. Please check it against the certificate.'],
    [429, 'Too many tries from your network. Please wait a minute and try again.'],
    [503, 'Something went wrong. Please try again.'],
  ])('says so clearly when the API answers %i', async (status, message) => {
    fakeApi({ [`GET ${path}`]: { status, body: { status, title: 'No', code: 'X' } } });
    renderApp(`/verify/${code}`);
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.queryByText('This certificate is valid.')).toBeNull();
    expect(document.querySelector('dl')).toBeNull();
    await expectAccessible();
  });

  it('speaks the language chosen in this browser, Japanese', async () => {
    fakeApi({ [`GET ${path}`]: { status: 410, body: { status: 410, code: 'CERTIFICATE.REVOKED' } } });
    localStorage.setItem('kenshu.language', 'ja');
    renderApp(`/verify/${code}`);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'この修了証は取り消されました。現在は無効です。',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('修了証の確認');
  });
});
