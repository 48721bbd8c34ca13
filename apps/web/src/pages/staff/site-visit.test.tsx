import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import { instantIn } from '../../format';
import { I18nProvider, type Language } from '../../i18n';
import { coordinator, expectAccessible, fakeApi, renderApp, tokensFor } from '../../test/harness';
import { SiteVisitForm } from './site-visit';

const programmeId = '11111111-1111-4111-8111-111111111111';
const plantId = 'f0000000-0000-4000-8000-000000000001';
const checkPath = `/api/v1/facilities/${plantId}/check-visit`;
const sessionsPath = `/api/v1/programmes/${programmeId}/sessions`;

const plant: Schemas['FacilityResponse'] = {
  id: plantId,
  name: 'Shin-Koto incineration plant',
  kind: 'incineration_plant',
  address: '14-7 Shinsuna 3-chome, Koto-ku, Tokyo',
  timeZone: 'Asia/Tokyo',
  capacity: 40,
  overseasCapacity: 25,
  allowedWeekdays: [1, 2, 3, 4, 5],
  earliestStart: '09:30',
  latestStart: '15:00',
  typicalDurationMin: 90,
  rosterDueDays: 14,
  visitorsPerInterpreter: 15,
  status: 'active',
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
};
const aarhus: Schemas['FacilityResponse'] = {
  ...plant,
  id: 'f0000000-0000-4000-8000-000000000002',
  name: 'Aarhus recycling centre',
  kind: 'recycling_facility',
  timeZone: 'Europe/Copenhagen',
};

const programme = {
  id: programmeId,
  code: 'ADB-MV-2026',
  title: 'Waste management for island states',
  hostTimeZone: 'Asia/Tokyo',
  status: 'draft',
  phases: [],
  enrolled: { holdingPlaces: 18, waitlisted: 2 },
};

/** The plant's answer: 10:00–11:30 on Tuesday 6 October 2026 in Tokyo, its roster due on 22 September. */
const fits: Schemas['VisitCheckResponse'] = {
  ok: true,
  brokenRules: [],
  rosterDueOn: '2026-09-22',
  timeZone: 'Asia/Tokyo',
  localStart: '2026-10-06T10:00:00+09:00',
  localEnd: '2026-10-06T11:30:00+09:00',
};
const early: Schemas['VisitCheckResponse'] = {
  ...fits,
  ok: false,
  brokenRules: [
    {
      rule: 'earliest-start',
      field: 'startsAt',
      reason: 'starts at 08:00 Asia/Tokyo, before the earliest start of 09:30',
    },
    {
      rule: 'interpreters',
      field: 'interpreters',
      reason: '18 visitors need 2 interpreters (one per 15); 1 is planned',
    },
  ],
  localStart: '2026-10-06T08:00:00+09:00',
};

/** The API as the form meets it; `check` answers check-visit (the plant's rules, by the start sent). */
function theApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/v1/facilities': { body: { total: 2, page: 1, pageSize: 200, items: [plant, aarhus] } },
    [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
    [`POST ${checkPath}`]: async (request) => {
      const body = (await request.json()) as Schemas['CheckVisitDto'];
      return { body: body.startsAt < '2026-10-06T00:30:00Z' ? early : fits };
    },
    ...extra,
  });
}

function renderForm(language: Language = 'en') {
  const onSaved = vi.fn();
  document.title = 'Sessions · Kenshu'; // as the sessions page names itself
  document.documentElement.lang = language;
  render(
    <I18nProvider language={language}>
      <main>
        <SiteVisitForm programmeId={programmeId} zone="Asia/Tokyo" onSaved={onSaved} />
      </main>
    </I18nProvider>,
  );
  return onSaved;
}

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The visit to the plant: Tuesday 6 October 2026, 10:00–11:30 in Tokyo, one interpreter. */
async function planVisit(start = '10:00') {
  await screen.findByRole('option', { name: /Shin-Koto/ });
  fill('Facility', plantId);
  fill('Title of the visit', 'Visit to an incineration plant');
  fill('Date of the visit', '2026-10-06');
  fill('Start time', start);
  fill('End time', '11:30');
  fill('Interpreters', '1');
}

const feedback = () => document.getElementById('visit-feedback')!;

// The answers come 300 ms after the typing stops: room for that on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Loaded once up front, so the first test does not wait on the transform.
beforeAll(async () => {
  await import('./sessions');
});

describe('the site-visit form', () => {
  it('checks the visit as it is typed: fits, then the broken rules in plain words, then fits again', async () => {
    const api = theApi();
    renderForm();
    expect(
      (
        await screen.findByRole('option', {
          name: 'Shin-Koto incineration plant — Incineration plant (Asia/Tokyo)',
        })
      ).tagName,
    ).toBe('OPTION');
    expect(
      screen.getByRole('option', {
        name: /Aarhus recycling centre — Recycling facility \(Europe\/Copenhagen\)/,
      }),
    ).toBeTruthy();
    expect(within(feedback()).getByText(/checked against the host’s rules as you type/)).toBeTruthy();
    // The group starts as the trainees holding a place, whom the API counts when saving.
    await waitFor(() =>
      expect((screen.getByLabelText('Number of visitors') as HTMLInputElement).value).toBe('18'),
    );
    expect(
      screen.getByText('Trainees holding a place: 18. Saving checks the host’s rules for them.'),
    ).toBeTruthy();

    await planVisit();
    expect(screen.getByText('The facility’s time zone: Asia/Tokyo.')).toBeTruthy();
    expect(screen.getByLabelText('Start time').getAttribute('aria-describedby')).toBe('visit-zone-help');
    expect(screen.getByText('Date and times on the host’s clock, Asia/Tokyo.').id).toBe('visit-zone-help');
    await within(feedback()).findByText('This visit fits the host’s rules.');
    // One question for the burst of typing (debounced), with the instants of the Tokyo wall clock.
    expect(api.sent('POST', checkPath)).toHaveLength(1);
    expect(await api.sent('POST', checkPath)[0].json()).toEqual({
      startsAt: '2026-10-06T01:00:00.000Z',
      endsAt: '2026-10-06T02:30:00.000Z',
      visitors: 18,
      overseasGroup: true,
      interpreters: 1,
    });
    expect(feedback().getAttribute('aria-live')).toBe('polite');
    expect(feedback().textContent).toContain(
      'Visitor roster due to the host by Tue, Sep 22, 2026 (host date).',
    );
    expect(feedback().textContent).toContain(
      'On the facility’s clock (Asia/Tokyo): Tue, Oct 6, 2026, 10:00 AM GMT+9 – 11:30 AM GMT+9.',
    );
    expect(screen.queryByLabelText('Reason to schedule it anyway')).toBeNull();
    expect(screen.getByRole('button', { name: 'Schedule the visit' })).toBeTruthy();

    fill('Start time', '08:00');
    await within(feedback()).findByText('This visit breaks the host’s rules:');
    expect(
      within(feedback())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'It starts before the host’s earliest start, 09:30 (Asia/Tokyo).',
      'The host asks for one interpreter per 15 visitors: 2 needed, 1 planned.',
    ]);
    expect(screen.getByLabelText('Reason to schedule it anyway')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Schedule anyway' })).toBeTruthy();
    await expectAccessible();

    fill('Start time', '10:00');
    await within(feedback()).findByText('This visit fits the host’s rules.');
    expect(within(feedback()).queryByRole('listitem')).toBeNull();
    expect(screen.queryByLabelText('Reason to schedule it anyway')).toBeNull();
    expect(api.sent('POST', checkPath)).toHaveLength(3);
  });

  it('says the broken rules in Japanese, and the API’s words for a rule it does not know', async () => {
    theApi({
      [`POST ${checkPath}`]: {
        body: {
          ...early,
          brokenRules: [
            { rule: 'weekday', field: 'startsAt', reason: 'falls on a Sunday in Asia/Tokyo' },
            { rule: 'parking', field: 'startsAt', reason: 'no bus parking on market days' },
          ],
        },
      },
    });
    renderForm('ja');
    await screen.findByRole('option', { name: /Shin-Koto/ });
    fill('施設', plantId);
    fill('見学日', '2026-10-04');
    fill('開始時刻', '10:00');
    fill('終了時刻', '11:30');
    await within(feedback()).findByText('この見学は受入側のルールに反しています：');
    expect(
      within(feedback())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '受入側が見学を受け付けるのは月曜日、火曜日、水曜日、木曜日、金曜日のみです。',
      'no bus parking on market days',
    ]);
    expect(screen.getByLabelText('それでも予定する理由')).toBeTruthy();
  });

  it('shows only the latest answer: an older one that comes late is dropped, its request aborted', async () => {
    let answerFirst: (answer: { body: unknown }) => void = () => undefined;
    let calls = 0;
    const api = theApi({
      [`POST ${checkPath}`]: () =>
        ++calls === 1 ? new Promise((resolve) => (answerFirst = resolve)) : { body: early },
    });
    renderForm();
    await planVisit();
    await waitFor(() => expect(api.sent('POST', checkPath)).toHaveLength(1));
    fill('Start time', '08:00');
    await within(feedback()).findByText('This visit breaks the host’s rules:');
    expect(api.sent('POST', checkPath)).toHaveLength(2);
    expect(api.sent('POST', checkPath)[0].signal.aborted).toBe(true);

    answerFirst({ body: fits }); // the answer for 10:00, too late
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(feedback()).queryByText('This visit fits the host’s rules.')).toBeNull();
    expect(within(feedback()).getByText('This visit breaks the host’s rules:')).toBeTruthy();
  });

  it('needs a reason to schedule a visit that breaks a rule anyway, and sends it', async () => {
    const api = theApi({
      [`POST ${sessionsPath}`]: async (request) => {
        const body = (await request.json()) as { override?: { reason: string } };
        return {
          status: 201,
          body: { id: 's1', kind: 'site_visit', ruleOverride: { reason: body.override?.reason } },
        };
      },
    });
    const onSaved = renderForm();
    await planVisit('08:00');
    fill('Interpreting languages (separated by commas)', 'en, dv');
    fill('Meeting point', 'Main gate, visitor centre');
    fill('Protective equipment (separated by commas)', 'helmet, safety shoes');
    fill('Photography rules', 'No photographs in the control room');
    fill('Means of transport', 'chartered bus');
    fill('From', 'Hotel lobby, Shinjuku');
    fill('To', 'Shin-Koto incineration plant');
    fill('Departure time', '07:15');
    await within(feedback()).findByText('This visit breaks the host’s rules:');

    // Without the reason: said beside the field, which gets the focus; nothing is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Schedule anyway' }));
    const reason = screen.getByLabelText('Reason to schedule it anyway');
    expect(screen.getByText('Give the reason to schedule this visit anyway.').id).toBe('visit-reason-error');
    expect(reason.getAttribute('aria-describedby')).toBe('visit-reason-help visit-reason-error');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(api.sent('POST', sessionsPath)).toHaveLength(0);
    await expectAccessible();

    fireEvent.change(reason, { target: { value: 'The host agreed by phone to an 08:00 start (K. Tanaka)' } });
    expect(screen.queryByText('Give the reason to schedule this visit anyway.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Schedule anyway' }));
    expect(
      await screen.findByText('Site visit scheduled despite the host’s rules; your reason is kept with it.'),
    ).toBeTruthy();
    expect(await api.sent('POST', sessionsPath)[0].json()).toEqual({
      kind: 'site_visit',
      title: 'Visit to an incineration plant',
      facilityId: plantId,
      startsAt: '2026-10-06T08:00',
      endsAt: '2026-10-06T11:30',
      timeZone: 'Asia/Tokyo',
      siteVisit: {
        meetingPoint: 'Main gate, visitor centre',
        transport: [
          {
            mode: 'chartered bus',
            from: 'Hotel lobby, Shinjuku',
            to: 'Shin-Koto incineration plant',
            departsAt: '07:15',
          },
        ],
        ppe: ['helmet', 'safety shoes'],
        photography: 'No photographs in the control room',
        interpreterLanguages: ['en', 'dv'],
        interpreters: 1,
        overseasGroup: true,
      },
      override: { reason: 'The host agreed by phone to an 08:00 start (K. Tanaka)' },
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
    // A fresh form for the next visit, the group back to the trainees holding a place.
    expect((screen.getByLabelText('Title of the visit') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Number of visitors') as HTMLInputElement).value).toBe('18');
    expect(screen.queryByLabelText('Reason to schedule it anyway')).toBeNull();
  });

  it('sends no override for a visit that fits, and offers one when the API refuses it for the enrolled group', async () => {
    let calls = 0;
    const api = theApi({
      [`POST ${sessionsPath}`]: () =>
        ++calls === 1
          ? {
              status: 422,
              body: {
                status: 422,
                code: 'SESSION.HOST_RULES_BROKEN',
                errors: [
                  { field: 'visitors', reason: '30 visitors exceed the cap of 25 for overseas groups' },
                ],
              },
            }
          : { status: 201, body: { id: 's2', kind: 'site_visit', ruleOverride: null } },
    });
    const onSaved = renderForm();
    await planVisit();
    await within(feedback()).findByText('This visit fits the host’s rules.');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule the visit' }));
    expect(
      await screen.findByText(/The host’s rules refuse this visit for the trainees holding a place/),
    ).toBeTruthy();
    expect(within(feedback()).getByRole('listitem').textContent).toBe(
      '30 visitors exceed the cap of 25 for overseas groups',
    );
    expect((await api.sent('POST', sessionsPath)[0].json()).override).toBeUndefined();
    fill('Reason to schedule it anyway', 'A second guide joins the group (host agreed, 2026-09-30)');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule anyway' }));
    expect(await screen.findByText('Site visit scheduled.')).toBeTruthy();
    expect((await api.sent('POST', sessionsPath)[1].json()).override).toEqual({
      reason: 'A second guide joins the group (host agreed, 2026-09-30)',
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s field problems beside the fields: of the live check and of the save', async () => {
    theApi({
      [`POST ${checkPath}`]: {
        status: 422,
        body: {
          status: 422,
          code: 'FACILITY.INVALID_VISIT',
          errors: [{ field: 'endsAt', reason: 'must be after startsAt' }],
        },
      },
      [`POST ${sessionsPath}`]: {
        status: 400,
        body: {
          status: 400,
          code: 'REQUEST.VALIDATION',
          errors: [
            { field: 'title', reason: 'must be longer than or equal to 1 characters' },
            { field: 'siteVisit.ppe[0]', reason: 'must be shorter than or equal to 60 characters' },
            { field: 'siteVisit.transport[0].to', reason: 'must be a string' },
            { field: 'phaseId', reason: 'is not a phase of this programme' },
          ],
        },
      },
    });
    renderForm();
    await screen.findByRole('option', { name: /Shin-Koto/ });
    fill('Facility', plantId);
    fill('Date of the visit', '2026-10-06');
    fill('Start time', '11:30');
    fill('End time', '10:00');
    expect((await screen.findByText('must be after startsAt')).id).toBe('visit-end-error');
    expect(screen.getByLabelText('End time').getAttribute('aria-describedby')).toBe(
      'visit-zone-help visit-end-error',
    );
    expect(within(feedback()).getByText(/cannot be checked yet/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Schedule the visit' }));
    expect((await screen.findByText('must be longer than or equal to 1 characters')).id).toBe(
      'visit-title-error',
    );
    expect(screen.getByLabelText('Title of the visit').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be shorter than or equal to 60 characters').id).toBe('visit-ppe-error');
    expect(screen.getByText('must be a string').id).toBe('visit-to-error');
    expect(screen.getByText('phaseId is not a phase of this programme').id).toBe('form-error');
    expect(screen.getByText('Please check the fields marked below.')).toBeTruthy();
    await expectAccessible();

    // Typing in a field takes its stale error away.
    fill('Title of the visit', 'Visit');
    expect(screen.queryByText('must be longer than or equal to 1 characters')).toBeNull();
  });

  it('is part of the sessions page, and says when the facilities cannot be loaded', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      [`GET /api/v1/programmes/${programmeId}`]: { body: programme },
      [`GET ${sessionsPath}`]: { body: [] },
      'GET /api/v1/menu-items': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
    });
    renderApp(`/programmes/${programmeId}/sessions`, coordinator);
    const form = await screen.findByRole('form', { name: 'Schedule a site visit' });
    expect(
      await within(form).findByText('The facilities could not be loaded. Please reload the page.'),
    ).toBeTruthy();
    expect(within(form).getByRole('combobox', { name: 'Facility' })).toBeTruthy();
    await expectAccessible();
  });
});

describe('instantIn (a wall-clock time in a zone, read as the API reads it)', () => {
  it('reads the time in a far zone, across the date line', () => {
    expect(instantIn('2026-10-06', '09:30', 'Asia/Tokyo')).toBe('2026-10-06T00:30:00.000Z');
    expect(instantIn('2026-10-06', '01:00', 'Pacific/Kiritimati')).toBe('2026-10-05T11:00:00.000Z');
    expect(instantIn('2026-10-06', '18:00', 'America/Los_Angeles')).toBe('2026-10-07T01:00:00.000Z');
  });

  it('refuses a time the clocks skip, and takes the first of a time they pass twice (Europe/Warsaw)', () => {
    expect(instantIn('2027-03-28', '02:30', 'Europe/Warsaw')).toBeNull();
    expect(instantIn('2027-03-28', '03:30', 'Europe/Warsaw')).toBe('2027-03-28T01:30:00.000Z');
    expect(instantIn('2027-10-31', '02:30', 'Europe/Warsaw')).toBe('2027-10-31T00:30:00.000Z');
    expect(instantIn('2027-10-31', '03:30', 'Europe/Warsaw')).toBe('2027-10-31T02:30:00.000Z');
  });

  it('is null for what is not a date, a time or a zone', () => {
    expect(instantIn('2027-02-30', '10:00', 'Asia/Tokyo')).toBeNull();
    expect(instantIn('2027-02-03', '24:00', 'Asia/Tokyo')).toBeNull();
    expect(instantIn('', '10:00', 'Asia/Tokyo')).toBeNull();
    expect(instantIn('2027-02-03', '10:00', 'Mars/Olympus')).toBeNull();
  });
});
