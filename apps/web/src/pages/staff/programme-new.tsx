import { useRef, useState, type FormEvent } from 'react';
import { api, type Problem, type Schemas } from '../../api/client';
import { timeZones } from '../../format';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Page } from '../../load';
import { useRouter } from '../../router';
import { useUser } from '../../session';
import { describedBy, Field, FieldError, fieldErrors } from './fields';

type Create = Schemas['CreateProgrammeDto'];
type Phase = Schemas['PhaseDto'];
type Mode = Create['mode'];
type Policy = NonNullable<Create['conflictPolicy']>;
type PhaseKind = Phase['kind'];

const MODES: Mode[] = ['on_site', 'online', 'hybrid'];
const POLICIES: Policy[] = ['refuse', 'warn'];
const PHASE_KINDS: PhaseKind[] = ['distance', 'in_country', 'follow_up', 'other'];

/** A phase row of the form; `key` keeps React's rows apart when one is removed. */
type PhaseRow = Omit<Phase, 'id'> & { key: number };

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

type Status = 'invalid' | 'conflict' | 'error' | null;

/** A new programme (a draft): its code, title, mode, host zone, capacity, conflict policy and phases. */
export function ProgrammeNewPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const user = useUser();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [phases, setPhases] = useState<PhaseRow[]>([]);
  const nextKey = useRef(0);
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
    const body: Create = {
      code: text('code'),
      title: text('title'),
      summary: summary || null,
      mode: text('mode') as Mode,
      hostTimeZone: text('hostTimeZone'),
      conflictPolicy: text('conflictPolicy') as Policy,
      // A number the API judges (a fraction or 0 is refused there, next to the field).
      capacity: capacity ? Number(capacity) : null,
      ...(phases.length > 0
        ? {
            phases: phases.map(({ name, kind, startsOn, endsOn }) => ({
              name: name.trim(),
              kind,
              startsOn,
              endsOn,
            })),
          }
        : {}),
    };
    setBusy(true);
    const { data, error, response } = await api.POST('/api/v1/programmes', { body });
    setBusy(false);
    if (data) {
      navigate(`/programmes/${data.id}/sessions`);
      return;
    }
    const found = errorsOf(error);
    setErrors(found);
    setStatus(
      response.status === 409 && !found.code
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
    <Page title={t('newProgramme.title')}>
      <p>{t('newProgramme.intro')}</p>
      <form className="stack" noValidate onSubmit={submit} aria-describedby="new-programme-status">
        <Field name="code" label={t('newProgramme.code')} errors={errors} hint={t('newProgramme.codeHelp')}>
          {(control) => <input {...control} autoCapitalize="characters" maxLength={40} required />}
        </Field>
        <Field name="title" label={t('newProgramme.titleField')} errors={errors}>
          {(control) => <input {...control} maxLength={200} required />}
        </Field>
        <Field name="summary" label={t('newProgramme.summary')} errors={errors}>
          {(control) => <textarea {...control} rows={3} maxLength={5000} />}
        </Field>
        <Field name="mode" label={t('newProgramme.mode')} errors={errors}>
          {(control) => (
            <select {...control} defaultValue="on_site">
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
              defaultValue={user.timeZone}
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
          {(control) => <input {...control} type="number" inputMode="numeric" min={1} max={100000} />}
        </Field>
        <Field name="conflictPolicy" label={t('newProgramme.policy')} errors={errors}>
          {(control) => (
            <select {...control} defaultValue="refuse">
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
            {t('newProgramme.create')}
          </button>
        </p>
        <div id="new-programme-status" aria-live="polite">
          {busy && <p role="status">{t('newProgramme.creating')}</p>}
          {status === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
          {status === 'conflict' && <p className="error">{t('newProgramme.conflict')}</p>}
          {status === 'error' && <p className="error">{t('app.error')}</p>}
        </div>
      </form>
    </Page>
  );
}
