import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, type Problem, type Schemas } from '../../api/client';
import { formatDate, formatPlainDate, formatTime, instantIn } from '../../format';
import { useI18n, type Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Field, FieldError, describedBy, fieldErrors } from './fields';

type Facility = Schemas['FacilityResponse'];
type VisitCheck = Schemas['VisitCheckResponse'];
type BrokenRule = Pick<Schemas['BrokenRuleResponse'], 'field' | 'reason'> & { rule?: string };

/** What the coordinator types; numbers stay text until they are sent. */
interface Values {
  facilityId: string;
  title: string;
  date: string;
  start: string;
  end: string;
  visitors: string;
  overseasGroup: boolean;
  interpreters: string;
  languages: string;
  meetingPoint: string;
  ppe: string;
  photography: string;
  mode: string;
  from: string;
  to: string;
  departsAt: string;
  reason: string;
}

const EMPTY: Values = {
  facilityId: '',
  title: '',
  date: '',
  start: '',
  end: '',
  visitors: '',
  overseasGroup: true,
  interpreters: '0',
  languages: '',
  meetingPoint: '',
  ppe: '',
  photography: '',
  mode: '',
  from: '',
  to: '',
  departsAt: '',
  reason: '',
};

/** The form's controls (ids unique on the sessions page, beside the other session form). */
const ID: Record<keyof Values, string> = {
  facilityId: 'visit-facility',
  title: 'visit-title',
  date: 'visit-date',
  start: 'visit-start',
  end: 'visit-end',
  visitors: 'visit-visitors',
  overseasGroup: 'visit-overseas',
  interpreters: 'visit-interpreters',
  languages: 'visit-languages',
  meetingPoint: 'visit-meeting-point',
  ppe: 'visit-ppe',
  photography: 'visit-photography',
  mode: 'visit-mode',
  from: 'visit-from',
  to: 'visit-to',
  departsAt: 'visit-departs-at',
  reason: 'visit-reason',
};

/** The control an API field (of check-visit or of the session) is about. */
const CONTROL_OF: Record<string, keyof Values> = {
  facilityId: 'facilityId',
  title: 'title',
  startsAt: 'start',
  endsAt: 'end',
  timeZone: 'date',
  visitors: 'visitors',
  overseasGroup: 'overseasGroup',
  interpreters: 'interpreters',
  'siteVisit.overseasGroup': 'overseasGroup',
  'siteVisit.interpreters': 'interpreters',
  'siteVisit.interpreterLanguages': 'languages',
  'siteVisit.meetingPoint': 'meetingPoint',
  'siteVisit.ppe': 'ppe',
  'siteVisit.photography': 'photography',
  'siteVisit.transport.mode': 'mode',
  'siteVisit.transport.from': 'from',
  'siteVisit.transport.to': 'to',
  'siteVisit.transport.departsAt': 'departsAt',
  'siteVisit.transport.notes': 'mode',
  override: 'reason',
  'override.reason': 'reason',
};

/** The API's field problems by control id (`siteVisit.ppe[0]` is the PPE field); the rest under `form`. */
function visitErrors(problem: Problem | undefined): Record<string, string> {
  return fieldErrors(
    problem && {
      ...problem,
      errors: (problem.errors ?? []).map(({ field, reason }) => {
        const control = CONTROL_OF[field.replace(/\[\d+\]/g, '')];
        return control ? { field: ID[control], reason } : { field: 'form', reason: `${field} ${reason}` };
      }),
    },
  );
}

const list = (text: string) =>
  text
    .split(/[,、]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A whole number typed, or NaN (sent as null, so the API names the field). */
const whole = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The weekdays the facility takes visits on, in the reader's language: "Monday, Tuesday and Friday". */
function weekdays(language: string, days: number[]): string {
  // 1 January 2024 was a Monday: ISO weekday d is 2024-01-0d.
  const name = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  const names = [...days].sort((a, b) => a - b).map((d) => name.format(new Date(Date.UTC(2024, 0, d))));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/**
 * A broken rule in the reader's language, with the facility's own figures; the API's words for a rule
 * this page does not know (or whose figure the facility lacks).
 */
function ruleText(
  t: Translate,
  language: string,
  broken: BrokenRule,
  facility: Facility | undefined,
  visit: { visitors: number; interpreters: number; rosterDueOn: string },
): string {
  if (!facility) return broken.reason;
  const zone = facility.timeZone;
  const key = `visit.rule.${broken.rule}` as MessageKey;
  switch (broken.rule) {
    case 'weekday':
      return t(key, { days: weekdays(language, facility.allowedWeekdays) });
    case 'earliest-start':
      return facility.earliestStart ? t(key, { time: facility.earliestStart, zone }) : broken.reason;
    case 'latest-start':
      return facility.latestStart ? t(key, { time: facility.latestStart, zone }) : broken.reason;
    case 'duration':
      return facility.typicalDurationMin ? t(key, { minutes: facility.typicalDurationMin }) : broken.reason;
    case 'capacity':
      return t(key, { visitors: visit.visitors, capacity: facility.capacity });
    case 'overseas-capacity':
      return facility.overseasCapacity
        ? t(key, { visitors: visit.visitors, cap: facility.overseasCapacity })
        : broken.reason;
    case 'interpreters':
      return facility.visitorsPerInterpreter
        ? t(key, {
            per: facility.visitorsPerInterpreter,
            needed: Math.ceil(visit.visitors / facility.visitorsPerInterpreter),
            planned: visit.interpreters,
          })
        : broken.reason;
    case 'roster-due':
      return t(key, { date: formatPlainDate(language, visit.rosterDueOn) });
    default:
      return broken.reason;
  }
}

/** The live answer for the visit as it stands. */
type Check =
  | { state: 'idle' }
  | {
      state: 'answered';
      result: VisitCheck;
      /** The facility and the figures asked about: the words of the answer use them. */
      facility: Facility;
      visitors: number;
      interpreters: number;
    }
  | { state: 'invalid'; errors: Record<string, string> }
  | { state: 'failed' };

type Status = 'saved' | 'savedAnyway' | 'invalid' | 'refused' | 'conflict' | 'error' | null;

/**
 * A site visit to a host facility, checked against the host's rules as the coordinator types: which rules
 * it breaks in plain words, when the host wants the visitor roster, and the visit on the facility's clock.
 * The API refuses a visit that breaks a rule unless a reason to schedule it anyway is given.
 */
export function SiteVisitForm({
  programmeId,
  zone,
  facilities: given,
  holdingPlaces: givenPlaces,
  onSaved,
}: {
  programmeId: string;
  /** The programme's host zone: the date and times are typed on its clock. */
  zone: string;
  /** The facilities, when the page has read them already (read here otherwise). */
  facilities?: Facility[] | 'failed';
  /** The programme's trainees holding a place, when the page knows them (read here otherwise). */
  holdingPlaces?: number;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [facilities, setFacilities] = useState<Facility[] | null | 'failed'>(given ?? null);
  const [holdingPlaces, setHoldingPlaces] = useState<number | null>(givenPlaces ?? null);
  const [values, setValues] = useState<Values>(() =>
    givenPlaces === undefined ? EMPTY : { ...EMPTY, visitors: String(Math.max(1, givenPlaces)) },
  );
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const [checking, setChecking] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<BrokenRule[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    if (given === undefined)
      void api.GET('/api/v1/facilities', { params: { query: { pageSize: 200 } } }).then(
        ({ data }) => current && setFacilities(data ? data.items : 'failed'),
        () => current && setFacilities('failed'),
      );
    // The API judges the group by the trainees holding a place: the count to start from.
    if (givenPlaces === undefined)
      void api.GET('/api/v1/programmes/{id}', { params: { path: { id: programmeId } } }).then(
        ({ data }) => {
          const count = data?.enrolled?.holdingPlaces;
          if (!current || typeof count !== 'number') return;
          setHoldingPlaces(count);
          setValues((v) => (v.visitors === '' ? { ...v, visitors: String(Math.max(1, count)) } : v));
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [programmeId]);

  const facility = Array.isArray(facilities) ? facilities.find((f) => f.id === values.facilityId) : undefined;
  const startsAt = instantIn(values.date, values.start, zone);
  const endsAt = instantIn(values.date, values.end, zone);
  // What check-visit is asked, as one key: it changes exactly when the answer may.
  const asked =
    facility && startsAt && endsAt
      ? JSON.stringify({
          facilityId: facility.id,
          startsAt,
          endsAt,
          visitors: whole(values.visitors),
          overseasGroup: values.overseasGroup,
          interpreters: whole(values.interpreters),
        })
      : null;
  const asking = facility;

  // Debounced: asked 300 ms after the last change; a newer question aborts the older one, whose answer
  // (should it still come) is dropped, so only the latest is ever shown.
  useEffect(() => {
    setRefused(null);
    if (!asked || !asking) {
      setCheck({ state: 'idle' });
      setChecking(false);
      return;
    }
    const controller = new AbortController();
    setChecking(true);
    const timer = setTimeout(() => {
      const { facilityId: _, ...body } = JSON.parse(asked) as Schemas['CheckVisitDto'] & {
        facilityId: string;
      };
      api
        .POST('/api/v1/facilities/{id}/check-visit', {
          params: { path: { id: asking.id } },
          body,
          signal: controller.signal,
        })
        .then(
          ({ data, error }) => {
            if (controller.signal.aborted) return;
            const found = visitErrors(error);
            setCheck(
              data
                ? {
                    state: 'answered',
                    result: data,
                    facility: asking,
                    visitors: body.visitors,
                    interpreters: body.interpreters,
                  }
                : Object.keys(found).length > 0
                  ? { state: 'invalid', errors: found }
                  : { state: 'failed' },
            );
            setChecking(false);
          },
          () => {
            if (controller.signal.aborted) return;
            setCheck({ state: 'failed' });
            setChecking(false);
          },
        );
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `asked` holds the facility's id: `asking` changes with it.
  }, [asked]);

  const brokenNow = check.state === 'answered' && !check.result.ok;
  const needsReason = brokenNow || refused !== null;

  /** A change to a control: its stale error goes. */
  const set =
    (name: keyof Values) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      const target = event.currentTarget;
      const value =
        target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((e) => {
        if (!e[ID[name]]) return e;
        const rest = { ...e };
        delete rest[ID[name]];
        return rest;
      });
    };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (needsReason && values.reason.trim() === '') {
      setErrors({ [ID.reason]: t('visit.reasonNeeded') });
      setStatus('invalid');
      document.getElementById(ID.reason)?.focus();
      return;
    }
    const leg = { mode: values.mode.trim(), from: values.from.trim(), to: values.to.trim() };
    const hasLeg = leg.mode || leg.from || leg.to || values.departsAt;
    setSaving(true);
    const { data, error, response } = await api.POST('/api/v1/programmes/{id}/sessions', {
      params: { path: { id: programmeId } },
      body: {
        kind: 'site_visit',
        title: values.title.trim(),
        facilityId: values.facilityId || null,
        // Wall-clock times meant in `timeZone`; openapi.json types them as objects (a string or a Date).
        startsAt: (values.date && values.start
          ? `${values.date}T${values.start}`
          : null) as unknown as Record<string, never>,
        endsAt: (values.date && values.end ? `${values.date}T${values.end}` : null) as unknown as Record<
          string,
          never
        >,
        timeZone: zone,
        siteVisit: {
          meetingPoint: values.meetingPoint.trim(),
          transport: hasLeg ? [{ ...leg, ...(values.departsAt ? { departsAt: values.departsAt } : {}) }] : [],
          ppe: list(values.ppe),
          photography: values.photography.trim(),
          interpreterLanguages: list(values.languages),
          interpreters: whole(values.interpreters),
          overseasGroup: values.overseasGroup,
        },
        ...(needsReason ? { override: { reason: values.reason.trim() } } : {}),
      },
    });
    setSaving(false);
    if (data) {
      setValues({ ...EMPTY, visitors: holdingPlaces === null ? '' : String(Math.max(1, holdingPlaces)) });
      setErrors({});
      setCheck({ state: 'idle' });
      setRefused(null);
      setStatus(data.ruleOverride ? 'savedAnyway' : 'saved');
      onSaved();
      return;
    }
    if (error?.code === 'SESSION.HOST_RULES_BROKEN') {
      setErrors({});
      setRefused(error.errors ?? []);
      setStatus('refused');
      return;
    }
    const found = visitErrors(error);
    setErrors(found);
    setStatus(Object.keys(found).length > 0 ? 'invalid' : response.status === 409 ? 'conflict' : 'error');
  }

  // Errors of the live check show beside the fields until the save answers for them.
  const shown = { ...(check.state === 'invalid' ? check.errors : {}), ...errors };
  const zoneHelp = 'visit-zone-help';

  return (
    <form className="stack" noValidate onSubmit={submit} aria-labelledby="visit-form">
      <h2 id="visit-form">{t('visit.heading')}</h2>
      {facilities === 'failed' && <p className="error">{t('visit.facilitiesFailed')}</p>}
      {Array.isArray(facilities) && facilities.length === 0 && <p>{t('visit.noFacilities')}</p>}
      <Field
        name={ID.facilityId}
        label={t('visit.facility')}
        errors={shown}
        help={facility ? 'visit-facility-zone' : undefined}
      >
        {(control) => (
          <select {...control} value={values.facilityId} onChange={set('facilityId')}>
            <option value="">{t('visit.chooseFacility')}</option>
            {(Array.isArray(facilities) ? facilities : []).map((f) => (
              <option key={f.id} value={f.id}>
                {t('visit.facilityOption', {
                  name: f.name,
                  kind: t(`facility.kind.${f.kind}`),
                  zone: f.timeZone,
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {facility && (
        <p id="visit-facility-zone" className="help">
          {t('visit.facilityZone', { zone: facility.timeZone })}
        </p>
      )}
      <Field name={ID.title} label={t('visit.titleField')} errors={shown}>
        {(control) => <input {...control} maxLength={200} value={values.title} onChange={set('title')} />}
      </Field>
      <p id={zoneHelp} className="help">
        {t('visit.zoneHelp', { zone })}
      </p>
      <Field name={ID.date} label={t('visit.date')} errors={shown} help={zoneHelp}>
        {(control) => <input {...control} type="date" value={values.date} onChange={set('date')} />}
      </Field>
      <Field name={ID.start} label={t('visit.start')} errors={shown} help={zoneHelp}>
        {(control) => <input {...control} type="time" value={values.start} onChange={set('start')} />}
      </Field>
      <Field name={ID.end} label={t('visit.end')} errors={shown} help={zoneHelp}>
        {(control) => <input {...control} type="time" value={values.end} onChange={set('end')} />}
      </Field>
      {holdingPlaces !== null && (
        <p id="visit-visitors-help" className="help">
          {t('visit.visitorsHelp', { count: holdingPlaces })}
        </p>
      )}
      <Field
        name={ID.visitors}
        label={t('visit.visitors')}
        errors={shown}
        help={holdingPlaces !== null ? 'visit-visitors-help' : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            value={values.visitors}
            onChange={set('visitors')}
          />
        )}
      </Field>
      <div className="field">
        <label className="choice" htmlFor={ID.overseasGroup}>
          <input
            id={ID.overseasGroup}
            name={ID.overseasGroup}
            type="checkbox"
            checked={values.overseasGroup}
            onChange={set('overseasGroup')}
            {...describedBy(shown, ID.overseasGroup)}
          />
          {t('visit.overseas')}
        </label>
        <FieldError errors={shown} name={ID.overseasGroup} />
      </div>
      <Field name={ID.interpreters} label={t('visit.interpreters')} errors={shown}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            value={values.interpreters}
            onChange={set('interpreters')}
          />
        )}
      </Field>

      <section aria-labelledby="visit-rules" className="notice">
        <h3 id="visit-rules">{t('visit.rules')}</h3>
        <div id="visit-feedback" aria-live="polite" aria-busy={checking}>
          <Feedback check={check} refused={refused} />
        </div>
      </section>

      {needsReason && (
        <>
          <p id="visit-reason-help" className="help">
            {t('visit.reasonHelp')}
          </p>
          <Field name={ID.reason} label={t('visit.reason')} errors={shown} help="visit-reason-help">
            {(control) => (
              <textarea
                {...control}
                rows={2}
                required
                maxLength={1000}
                value={values.reason}
                onChange={set('reason')}
              />
            )}
          </Field>
        </>
      )}
      <Field name={ID.languages} label={t('visit.languages')} errors={shown}>
        {(control) => <input {...control} value={values.languages} onChange={set('languages')} />}
      </Field>
      <Field name={ID.meetingPoint} label={t('visit.meetingPoint')} errors={shown}>
        {(control) => (
          <input {...control} maxLength={300} value={values.meetingPoint} onChange={set('meetingPoint')} />
        )}
      </Field>
      <Field name={ID.ppe} label={t('visit.ppe')} errors={shown}>
        {(control) => <input {...control} value={values.ppe} onChange={set('ppe')} />}
      </Field>
      <Field name={ID.photography} label={t('visit.photography')} errors={shown}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={1000}
            value={values.photography}
            onChange={set('photography')}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t('visit.transport')}</legend>
        <Field name={ID.mode} label={t('visit.mode')} errors={shown}>
          {(control) => <input {...control} maxLength={60} value={values.mode} onChange={set('mode')} />}
        </Field>
        <Field name={ID.from} label={t('visit.from')} errors={shown}>
          {(control) => <input {...control} maxLength={200} value={values.from} onChange={set('from')} />}
        </Field>
        <Field name={ID.to} label={t('visit.to')} errors={shown}>
          {(control) => <input {...control} maxLength={200} value={values.to} onChange={set('to')} />}
        </Field>
        <Field name={ID.departsAt} label={t('visit.departsAt')} errors={shown}>
          {(control) => (
            <input {...control} type="time" value={values.departsAt} onChange={set('departsAt')} />
          )}
        </Field>
      </fieldset>
      <FieldError errors={shown} name="form" />
      <button type="submit" disabled={saving}>
        {needsReason ? t('visit.saveAnyway') : t('visit.save')}
      </button>
      <div aria-live="polite">
        {status === 'saved' && <p className="ok">{t('visit.saved')}</p>}
        {status === 'savedAnyway' && <p className="ok">{t('visit.savedAnyway')}</p>}
        {status === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
        {status === 'refused' && <p className="error">{t('visit.refused')}</p>}
        {status === 'conflict' && <p className="error">{t('sessions.conflict')}</p>}
        {status === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
    </form>
  );
}

/** What the host's rules say of the visit as it stands (or of the one the API just refused). */
function Feedback({ check, refused }: { check: Check; refused: BrokenRule[] | null }) {
  const { t, language } = useI18n();
  if (refused)
    return (
      <>
        <p className="error">{t('visit.breaks')}</p>
        <ul>
          {refused.map((b, i) => (
            <li key={i}>{b.reason}</li>
          ))}
        </ul>
      </>
    );
  if (check.state === 'idle') return <p>{t('visit.checkHint')}</p>;
  if (check.state === 'invalid') return <p className="error">{t('visit.checkInvalid')}</p>;
  if (check.state === 'failed') return <p className="error">{t('visit.checkFailed')}</p>;
  const { result } = check;
  return (
    <>
      {result.ok ? (
        <p className="ok">{t('visit.fits')}</p>
      ) : (
        <>
          <p className="error">{t('visit.breaks')}</p>
          <ul>
            {result.brokenRules.map((b) => (
              <li key={`${b.rule}-${b.field}`}>
                {ruleText(t, language, b, check.facility, {
                  visitors: check.visitors,
                  interpreters: check.interpreters,
                  rosterDueOn: result.rosterDueOn,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('visit.rosterDue', { date: formatPlainDate(language, result.rosterDueOn) })}</p>
      <p>
        {t('visit.atFacility', {
          zone: result.timeZone,
          date: formatDate(language, result.localStart, result.timeZone),
          start: formatTime(language, result.localStart, result.timeZone),
          end: formatTime(language, result.localEnd, result.timeZone),
        })}
      </p>
    </>
  );
}
