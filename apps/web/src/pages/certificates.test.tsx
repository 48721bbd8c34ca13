import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const certificate = (over: Partial<Schemas['CertificateResponse']>): Schemas['CertificateResponse'] => ({
  id: 'e0000000-0000-4000-8000-000000000001',
  enrolmentId: 'd0000000-0000-4000-8000-000000000001',
  programme: { id: '11111111-1111-4111-8111-111111111111', title: 'Waste management' },
  trainee: { id: trainee.id, displayName: trainee.displayName },
  verificationCode: 'K7QF-2M9X-HD4P',
  verifyUrl: 'https://kenshu.example/verify/K7QF-2M9X-HD4P',
  language: 'en',
  printedName: 'Aminath Shifaza',
  printedProgramme: 'Waste management in Tokyo',
  completedOn: '2027-03-05',
  programmeStartsOn: '2027-02-01',
  programmeEndsOn: '2027-03-05',
  issuedAt: '2027-03-06T00:00:00.000Z',
  status: 'valid',
  revokedAt: null,
  revocationReason: null,
  pdf: { sizeBytes: 81_000, sha256: 'e3b0' },
  email: { status: 'sent', attempts: 1, sentAt: '2027-03-06T00:01:00.000Z', lastError: null },
  ...over,
});

const valid = certificate({});
const pending = certificate({
  id: 'e0000000-0000-4000-8000-000000000002',
  printedProgramme: 'Air quality monitoring',
  verificationCode: 'AB12-CD34-EF56',
  pdf: null,
});
const revoked = certificate({
  id: 'e0000000-0000-4000-8000-000000000003',
  printedProgramme: 'Sewage treatment',
  verificationCode: 'ZZ12-CD34-EF56',
  status: 'revoked',
  revokedAt: '2027-04-01T00:00:00.000Z',
  revocationReason: 'Issued in error',
});

let saved: { href: string; download: string }[];

beforeEach(() => {
  saved = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:kenshu/1'), revokeObjectURL: vi.fn() }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  });
});

function renderCertificates(list: Schemas['CertificateResponse'][], pdfStatus = 200) {
  const api = fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
    'GET /api/v1/me/certificates': { body: list },
    [`GET /api/v1/certificates/${valid.id}/pdf`]: {
      status: pdfStatus,
      body: pdfStatus === 200 ? new Blob(['%PDF-1.7']) : { status: pdfStatus },
      headers:
        pdfStatus === 200
          ? { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="kenshu.pdf"' }
          : {},
    },
  });
  renderApp('/certificates', trainee);
  return api;
}

const card = async (title: string) =>
  (await screen.findByRole('heading', { level: 2, name: title })).closest('li')!;

describe('certificates page', () => {
  it('shows my certificate with its code, verification link and PDF; revoked ones marked', async () => {
    renderCertificates([valid, pending, revoked]);
    const mine = await card('Waste management in Tokyo');
    expect(mine.textContent).toContain('Valid');
    expect(mine.textContent).toContain('K7QF-2M9X-HD4P');
    expect(mine.textContent).toContain('Fri, Mar 5, 2027');
    expect(within(mine).getByRole('link', { name: 'Verification page' }).getAttribute('href')).toBe(
      'https://kenshu.example/verify/K7QF-2M9X-HD4P',
    );
    expect(within(mine).getByRole('button', { name: /Download the PDF of the certificate/ })).toBeTruthy();
    const waiting = await card('Air quality monitoring');
    expect(within(waiting).queryByRole('button')).toBeNull();
    expect(waiting.textContent).toContain('The PDF is being prepared.');
    const gone = await card('Sewage treatment');
    expect(gone.textContent).toContain('Revoked: this certificate is no longer valid');
    expect(within(gone).queryByRole('button')).toBeNull();
    expect(within(gone).queryByRole('link')).toBeNull();
    // The reason is for staff and the audit log only.
    expect(gone.textContent).not.toContain('Issued in error');
    expect(screen.getByRole('link', { name: 'My certificates' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible();
  });

  it('downloads the PDF with my token, under the API’s file name', async () => {
    const api = renderCertificates([valid]);
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Download the PDF of the certificate of Waste management in Tokyo',
      }),
    );
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:kenshu/1', download: 'kenshu.pdf' }]));
    expect(api.sent('GET', `/api/v1/certificates/${valid.id}/pdf`)[0].headers.get('authorization')).toBe(
      `Bearer access-${trainee.id}`,
    );
  });

  it('says so when the download is refused (revoked meanwhile: 410)', async () => {
    renderCertificates([valid], 410);
    fireEvent.click(await screen.findByRole('button', { name: /Download the PDF of the certificate/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('The download failed. Please try again.');
    expect(saved).toEqual([]);
  });

  it('says when I have none yet', async () => {
    renderCertificates([]);
    expect(await screen.findByText(/You have no certificate yet/)).toBeTruthy();
    await expectAccessible();
  });

  it('shows an error when the list cannot be loaded', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/certificates': { status: 500, body: { status: 500 } },
    });
    renderApp('/certificates', trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
