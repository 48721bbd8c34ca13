import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

describe('settings page', () => {
  it('saves my language and time zone through /me, and the app switches to Japanese', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'PATCH /api/v1/me': async (request) => ({
        body: { ...trainee, ...((await request.json()) as object) },
      }),
    });
    renderApp('/settings', trainee);
    const zone = (await screen.findByLabelText('Time zone')) as HTMLSelectElement;
    expect(zone.value).toBe('Pacific/Kiritimati');
    expect(zone.getAttribute('aria-describedby')).toBe('timeZone-help');
    await expectAccessible();

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ja' } });
    fireEvent.change(zone, { target: { value: 'Indian/Maldives' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('保存しました。')).toBeTruthy();
    expect(await api.sent('PATCH', '/api/v1/me')[0].json()).toEqual({
      locale: 'ja',
      timeZone: 'Indian/Maldives',
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('設定');
    expect(screen.getByRole('link', { name: 'スケジュール' })).toBeTruthy();
  });

  it('keeps a locale the app has no texts for, in English, until I choose another', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor({ ...trainee, locale: 'dv' }) },
      'PATCH /api/v1/me': async (request) => ({
        body: { ...trainee, ...((await request.json()) as object) },
      }),
    });
    renderApp('/settings', trainee);
    const language = (await screen.findByLabelText('Language')) as HTMLSelectElement;
    expect(language.value).toBe('dv');
    expect([...language.options].map((o) => o.value)).toEqual(['en', 'ja', 'dv']);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await api.sent('PATCH', '/api/v1/me')[0].json()).toEqual({
      locale: 'dv',
      timeZone: 'Pacific/Kiritimati',
    });
  });

  it('shows the field the API refused', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'PATCH /api/v1/me': {
        status: 400,
        body: {
          status: 400,
          title: 'The request is not valid',
          code: 'REQUEST.VALIDATION',
          errors: [{ field: 'timeZone', reason: 'must be an IANA time zone' }],
        },
      },
    });
    renderApp('/settings', trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByText(/Please check/).textContent).toBe(
        'Please check: timeZone: must be an IANA time zone',
      ),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
  });
});
