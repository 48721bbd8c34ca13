import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { coordinator, expectAccessible, fakeApi, renderApp, tokensFor } from '../../test/harness';

const programmeId = '11111111-1111-4111-8111-111111111111';
const path = `/api/v1/programmes/${programmeId}/enrolments/import`;
const csv =
  'email,display_name,locale,time_zone\naminath@environment.gov.mv,Aminath Shifaza,dv,Indian/Maldives\nnot-an-email,X,en,UTC\n';

const report = (dryRun: boolean): Schemas['EnrolmentImportReportResponse'] => ({
  dryRun,
  enrolled: 1,
  waitlisted: 0,
  skipped: 1,
  accountsCreated: 1,
  rows: [
    { row: 1, line: 2, email: 'aminath@environment.gov.mv', outcome: 'enrolled', accountCreated: true },
    { row: 2, line: 3, email: 'not-an-email', outcome: 'skipped', reason: 'email: must be an email address' },
  ],
});

function choose(content = csv) {
  fireEvent.change(screen.getByLabelText('CSV file'), {
    target: { files: [new File([content], 'trainees.csv', { type: 'text/csv' })] },
  });
}

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./enrolment-import');
});

describe('enrolment import page', () => {
  it('checks the file first (dry run), then imports it, showing the report with refused lines', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`POST ${path}`]: (request) => ({
        body: report(new URL(request.url).searchParams.get('dryRun') === 'true'),
      }),
    });
    renderApp(`/programmes/${programmeId}/enrolments/import`, coordinator);
    expect(await screen.findByRole('heading', { level: 1, name: 'Enrol trainees from a file' })).toBeTruthy();
    const run = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    await expectAccessible();

    choose();
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('heading', { name: 'Check result (nothing written yet)' })).toBeTruthy();
    const [dry] = api.sent('POST', path);
    expect(new URL(dry.url).searchParams.get('dryRun')).toBe('true');
    expect(dry.headers.get('content-type')).toBe('text/csv');
    expect(await dry.text()).toBe(csv);
    const refused = screen.getByRole('table', { name: 'Refused rows' });
    expect(within(refused).getAllByRole('row')[1].textContent).toBe(
      '3not-an-emailemail: must be an email address',
    );
    expect(screen.getByText('New accounts').nextElementSibling!.textContent).toBe('1');
    await expectAccessible();

    expect(run.disabled).toBe(false);
    fireEvent.click(run);
    expect(await screen.findByRole('heading', { name: 'Import done' })).toBeTruthy();
    const real = api.sent('POST', path)[1];
    expect(new URL(real.url).searchParams.get('dryRun')).toBe('false');
    expect(run.disabled).toBe(true); // a new check is needed before importing again
  });

  it('asks for a file before sending anything', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) } });
    renderApp(`/programmes/${programmeId}/enrolments/import`, coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Check the file' }));
    expect((await screen.findByText('Please choose a CSV file.')).id).toBe('file-error');
    expect(screen.getByLabelText('CSV file').getAttribute('aria-describedby')).toBe('file-help file-error');
    expect(api.sent('POST', path)).toHaveLength(0);
  });

  it('shows the API’s 422 reason for a file it cannot read, next to the file field', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`POST ${path}`]: {
        status: 422,
        body: {
          type: 'urn:kenshu:problem:request.validation',
          title: 'The request is not valid',
          status: 422,
          instance: path,
          code: 'REQUEST.VALIDATION',
          requestId: 'r',
          errors: [{ field: 'file', reason: 'the header must name an email column' }],
        },
      },
    });
    renderApp(`/programmes/${programmeId}/enrolments/import`, coordinator);
    await screen.findByLabelText('CSV file');
    choose('name\nx\n');
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect((await screen.findByText('the header must name an email column')).id).toBe('file-error');
    expect(screen.getByLabelText('CSV file').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    [413, 'The file is too large.'],
    [404, 'You cannot enrol trainees in this programme.'],
    [403, 'You cannot enrol trainees in this programme.'],
  ])('says so on a %i', async (status, text) => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`POST ${path}`]: { status, body: { status } },
    });
    renderApp(`/programmes/${programmeId}/enrolments/import`, coordinator);
    await screen.findByLabelText('CSV file');
    choose();
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText(text)).toBeTruthy();
  });
});
