import { useRef, useState, type FormEvent } from 'react';
import { api, type Problem, type Schemas } from '../../api/client';
import { timeZones } from '../../format';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Await, Page, useLoad } from '../../load';
import { useRouter } from '../../router';
import { useUser } from '../../session';
import { describedBy, Field, FieldError, fieldErrors } from './fields';

type Create = Schemas['CreateProgrammeDto'];
type Update = Schemas['UpdateProgrammeDto'];
type Programme = Schemas['ProgrammeResponse'];
type Phase = Schemas['PhaseDto'];
type Mode = Create['mode'];
type Policy = NonNullable<Create['conflictPolicy']>;
type PhaseKind = Phase['kind'];

const MODES: Mode[] = ['on_site', 'online', 'hybrid'];
const POLICIES: Policy[] = ['refuse', 'warn'];
const PHASE_KINDS: PhaseKind[] = ['distance', 'in_country', 'follow_up', 'other'];

/** A phase row of the form (a kept phase with its id); `key` keeps React's rows apart when one is removed. */
type PhaseRow = Phase & { key: number };

/**
 * The API's problems by control: `phases[1].endsOn` is the control `phase-1-endsOn`, the rest as
 * fieldErrors reads them.
 */
function errorsOf(problem: Problem | undefined): Record<string, string> {
  return fieldErrors(
    problem && {
      ...problem,
      errors: problem.errors?.map((e) => ({
        ...e,
        field: e.field.replace(/^phases\[(\d+)\]\.(\w+)$/, 'phase-$1-$2'),
      })),
    },
  );
}

type Status = 'invalid' | 'conflict' | 'error' | 'unchanged' | null;

/** What a form's submit gives back: where to go once saved, or the API's answer to show. */
type Outcome = { saved: true } | { saved: false; problem: Problem | undefined; httpStatus: number };

/** The phases as the API takes them: kept ones by their id, new ones without. */
const phaseBodies = (rows: PhaseRow[]): Phase[] =>
  rows.map(({ id, name, kind, startsOn, endsOn }) => ({
    ...(id ? { id } : {}),
    name: name.trim(),
    kind,
    startsOn,
    endsOn,
  }));

/**
 * A programme's details and phases: empty for a new programme, filled from `programme` to edit one
 * (its code then fixed, shown rather than asked). `save` sends what the form holds.
 */
function ProgrammeForm({
  programme,
  submitLabel,
  busyLabel,
  save,
}: {
  programme?: Programme;
  submitLabel: string;
  busyLabel: string;
  save: (details: Create, phases: PhaseRow[]) => Promise<Outcome>;
}) {
  const { t } = useI18n();
  const user = useUser();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(programme?.phases.length ?? 0);
  const [phases, setPhases] = useState<PhaseRow[]>(
    () => programme?.phases.map((phase, key) => ({ ...phase, key })) ?? [],
  );
  const zones = timeZones();

  const change = (index: number, patch: Partial<PhaseRow>) =>
    setPhases((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function addPhase() {
    setPhases((rows) => [
      ...rows,
      {
        key: nextKey.current++,
        name: '',
        kind: rows.length === 0 ? 'distance' : 'in_country',
        startsOn: '',
        endsOn: '',
      },
    ]);
    // Focus the new phase's name once it is drawn.
    requestAnimationFrame(() => document.getElementById(`phase-${phases.length}-name`)?.focus());
  }

  function removePhase(index: number) {
    setPhases((rows) => rows.filter((_, i) => i !== index));
    setErrors({}); // the messages were for the old positions
    document.getElementById('add-phase')?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget);
    const text = (name: string) => String(value.get(name) ?? '').trim();
    const capacity = text('capacity');
    const summary = text('summary');
    const details: Create = {
      code: programme?.code ?? text('code'),
      title: text('title'),
      summary: summary || null,
      mode: text('mode') as Mode,
      hostTimeZone: text('hostTimeZone'),
      conflictPolicy: text('conflictPolicy') as Policy,
      // A number the API judges (a fraction or 0 is refused there, next to the field).
      capacity: capacity ? Number(capacity) : null,
    };
    setBusy(true);
    const outcome = await save(details, phases);
    setBusy(false);
    if (outcome.saved) return;
    if (outcome.httpStatus === 0) {
      setErrors({});
      setStatus('unchanged');
      return;
    }
    const found = errorsOf(outcome.problem);
    setErrors(found);
    setStatus(
      outcome.httpStatus === 409 && !found.code
        ? 'conflict'
        : Object.keys(found).length > 0
          ? 'invalid'
          : 'error',
    );
    // Take the keyboard to the first field at fault.
    const first = Object.keys(found)[0];
    if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
  }

  return (
    <form className="stack" noValidate onSubmit={submit} aria-describedby="new-programme-status">
      {programme ? (
        <p>
          {t('newProgramme.code')}: <strong>{programme.code}</strong>
        </p>
      ) : (
        <Field name="code" label={t('newProgramme.code')} errors={errors} hint={t('newProgramme.codeHelp')}>
          {(control) => <input {...control} autoCapitalize="characters" maxLength={40} required />}
        </Field>
      )}
      <Field name="title" label={t('newProgramme.titleField')} errors={errors}>
        {(control) => <input {...control} defaultValue={programme?.title} maxLength={200} required />}
      </Field>
      <Field name="summary" label={t('newProgramme.summary')} errors={errors}>
        {(control) => (
          <textarea {...control} defaultValue={programme?.summary ?? ''} rows={3} maxLength={5000} />
        )}
      </Field>
      <Field name="mode" label={t('newProgramme.mode')} errors={errors}>
        {(control) => (
          <select {...control} defaultValue={programme?.mode ?? 'on_site'}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`newProgramme.mode.${mode}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="hostTimeZone"
        label={t('newProgramme.zone')}
        errors={errors}
        hint={t('newProgramme.zoneHelp')}
      >
        {(control) => (
          <input
            {...control}
            list="time-zones"
            defaultValue={programme?.hostTimeZone ?? user.timeZone}
            autoComplete="off"
            spellCheck={false}
            required
          />
        )}
      </Field>
      <datalist id="time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        name="capacity"
        label={t('newProgramme.capacity')}
        errors={errors}
        hint={t('newProgramme.capacityHelp')}
      >
        {(control) => (
          <input
            {...control}
            defaultValue={programme?.capacity ?? undefined}
            type="number"
            inputMode="numeric"
            min={1}
            max={100000}
          />
        )}
      </Field>
      <Field name="conflictPolicy" label={t('newProgramme.policy')} errors={errors}>
        {(control) => (
          <select {...control} defaultValue={programme?.conflictPolicy ?? 'refuse'}>
            {POLICIES.map((policy) => (
              <option key={policy} value={policy}>
                {t(`newProgramme.policy.${policy}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="phases" {...describedBy(errors, 'phases', 'phases-help')}>
        <legend>{t('newProgramme.phases')}</legend>
        <p id="phases-help" className="help">
          {t('newProgramme.phasesHelp')}
        </p>
        <FieldError errors={errors} name="phases" />
        {phases.map((row, i) => (
          <fieldset key={row.key} className="phase">
            <legend>{t('newProgramme.phase', { n: i + 1 })}</legend>
            <Field name={`phase-${i}-name`} label={t('newProgramme.phaseName')} errors={errors}>
              {(control) => (
                <input
                  {...control}
                  value={row.name}
                  maxLength={120}
                  onChange={(e) => change(i, { name: e.target.value })}
                />
              )}
            </Field>
            <Field name={`phase-${i}-kind`} label={t('newProgramme.phaseKind')} errors={errors}>
              {(control) => (
                <select
                  {...control}
                  value={row.kind}
                  onChange={(e) => change(i, { kind: e.target.value as PhaseKind })}
                >
                  {PHASE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`newProgramme.phaseKind.${kind}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name={`phase-${i}-startsOn`} label={t('newProgramme.startsOn')} errors={errors}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.startsOn}
                  onChange={(e) => change(i, { startsOn: e.target.value })}
                />
              )}
            </Field>
            <Field name={`phase-${i}-endsOn`} label={t('newProgramme.endsOn')} errors={errors}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.endsOn}
                  onChange={(e) => change(i, { endsOn: e.target.value })}
                />
              )}
            </Field>
            <button type="button" className="secondary" onClick={() => removePhase(i)}>
              {t('newProgramme.removePhase', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button type="button" id="add-phase" className="secondary" onClick={addPhase}>
            {t('newProgramme.addPhase')}
          </button>
        </p>
      </fieldset>

      <p className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </p>
      <div id="new-programme-status" aria-live="polite">
        {busy && <p role="status">{busyLabel}</p>}
        {status === 'unchanged' && <p>{t('editProgramme.unchanged')}</p>}
        {status === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
        {status === 'conflict' && <p className="error">{t('newProgramme.conflict')}</p>}
        {status === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
    </form>
  );
}

/** A new programme (a draft): its code, title, mode, host zone, capacity, conflict policy and phases. */
export function ProgrammeNewPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  async function create(details: Create, phases: PhaseRow[]): Promise<Outcome> {
    const body: Create = { ...details, ...(phases.length > 0 ? { phases: phaseBodies(phases) } : {}) };
    const { data, error, response } = await api.POST('/api/v1/programmes', { body });
    if (!data) return { saved: false, problem: error, httpStatus: response.status };
    navigate(`/programmes/${data.id}/sessions`);
    return { saved: true };
  }
  return (
    <Page title={t('newProgramme.title')}>
      <p>{t('newProgramme.intro')}</p>
      <ProgrammeForm
        submitLabel={t('newProgramme.create')}
        busyLabel={t('newProgramme.creating')}
        save={create}
      />
    </Page>
  );
}

/**
 * A programme's details and phases changed after it was made. Phases go first, in one `PUT` (kept by
 * their ids; one still holding sessions cannot go, and the API says so), then the changed details in one
 * `PATCH`: a refused phase change leaves the details unsent, so the form never half-saves silently.
 */
export function ProgrammeEditPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const loaded = useLoad(
    async () => (await api.GET('/api/v1/programmes/{id}', { params: { path: { id: programmeId } } })).data,
    programmeId,
  );
  async function update(programme: Programme, details: Create, phases: PhaseRow[]): Promise<Outcome> {
    const path = { params: { path: { id: programme.id } } };
    const sent = JSON.stringify(phaseBodies(phases));
    const phasesChanged =
      sent !== JSON.stringify(phaseBodies(programme.phases.map((p, key) => ({ ...p, key }))));
    // Only what changed (the generated type marks the defaulted conflictPolicy as always there).
    const patch: Partial<Update> = {};
    for (const key of ['title', 'summary', 'mode', 'hostTimeZone', 'conflictPolicy', 'capacity'] as const)
      if (details[key] !== (programme[key] ?? null)) Object.assign(patch, { [key]: details[key] });
    if (!phasesChanged && Object.keys(patch).length === 0)
      return { saved: false, problem: undefined, httpStatus: 0 };
    if (phasesChanged) {
      const { data, error, response } = await api.PUT('/api/v1/programmes/{id}/phases', {
        ...path,
        body: { phases: phaseBodies(phases) },
      });
      if (!data) return { saved: false, problem: error, httpStatus: response.status };
    }
    if (Object.keys(patch).length > 0) {
      const { data, error, response } = await api.PATCH('/api/v1/programmes/{id}', {
        ...path,
        body: patch as Update,
      });
      if (!data) return { saved: false, problem: error, httpStatus: response.status };
    }
    navigate(`/programmes/${programme.id}/sessions`);
    return { saved: true };
  }
  return (
    <Page title={t('editProgramme.title')}>
      <Await loaded={loaded}>
        {(programme) => (
          <ProgrammeForm
            programme={programme}
            submitLabel={t('editProgramme.save')}
            busyLabel={t('editProgramme.saving')}
            save={(details, phases) => update(programme, details, phases)}
          />
        )}
      </Await>
    </Page>
  );
}
