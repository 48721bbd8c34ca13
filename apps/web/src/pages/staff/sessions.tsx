import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { dayKey, formatDate, formatPlainDate, formatTime, wallClock } from '../../format';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Await, Page, useLoad } from '../../load';
import { Link } from '../../router';
import { Field, FieldError, fieldErrors } from './fields';
import { SiteVisitForm } from './site-visit';

type Programme = Schemas['ProgrammeResponse'];
type ProgrammeStatus = Programme['status'];
type Session = Schemas['SessionResponse'];
/** The facilities site visits go to, or 'failed' when they could not be read. */
type Facilities = Schemas['FacilityResponse'][] | 'failed';
type Kind = Session['kind'];
type MenuItem = Schemas['MenuItemResponse'];
/** The generic form's kinds: site visits have their own form (staff/site-visit.tsx). */
const KINDS: Kind[] = ['lecture', 'webinar', 'meeting', 'workshop'];

/**
 * The moves the API allows (ProgrammesService's PROGRAMME_TRANSITIONS): the buttons offered. The API has
 * the last word; a refusal is shown.
 */
const NEXT: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  draft: ['published'],
  published: ['running', 'draft'],
  running: ['closed'],
  closed: ['archived'],
  archived: [],
};
/** Moves that cannot be undone: asked twice. */
const FINAL: ProgrammeStatus[] = ['closed', 'archived'];

/** A wall-clock time meant in the given zone; openapi.json types these as objects (a string or a Date). */
const wall = (value: string) => value as unknown as Record<string, never>;

/** Field errors under a prefix, so that two forms on one page keep their controls' ids apart. */
const prefixed = (errors: Record<string, string>, prefix: string): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([name, reason]) => [`${prefix}${name}`, reason]));

/** What a refused double booking names, for the message under a form. */
function warningsText(session: Session): string {
  return session.warnings.map((w) => `${w.name} – ${w.sessionTitle} (${w.programmeCode})`).join('; ');
}

type Outcome = 'invalid' | 'conflict' | 'error' | null;

/** The programme's status and the moves it may make next (publish a draft, and so on). */
function ProgrammeStatusPanel({
  programme,
  onChanged,
}: {
  programme: Programme;
  onChanged: (programme: Programme) => void;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState<ProgrammeStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [asking]);
  const statusName = (status: ProgrammeStatus) => t(`manage.status.${status}`);

  async function move(to: ProgrammeStatus) {
    if (FINAL.includes(to) && asking !== to) {
      setAsking(to);
      setMessage(null);
      return;
    }
    setAsking(null);
    setBusy(true);
    const { data, error, response } = await api.POST('/api/v1/programmes/{id}/status', {
      params: { path: { id: programme.id } },
      body: { status: to },
    });
    setBusy(false);
    if (data) {
      onChanged(data);
      setMessage({ ok: true, text: t('status.changed', { status: statusName(data.status) }) });
    } else if (response.status === 403) setMessage({ ok: false, text: t('status.forbidden') });
    else
      setMessage({
        ok: false,
        text: t('status.refused', { reason: error?.detail ?? error?.title ?? t('app.error') }),
      });
  }

  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t('status.heading')}</h2>
      <p>
        {t('status.current')} <strong className="badge">{statusName(programme.status)}</strong>
      </p>
      <p id="status-help" className="help">
        {t('status.help')}
      </p>
      {NEXT[programme.status].length > 0 && (
        <p className="actions">
          {NEXT[programme.status].map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'draft' ? 'secondary' : undefined}
              disabled={busy}
              aria-describedby="status-help"
              onClick={() => void move(to)}
            >
              {t(`status.to.${to}` as MessageKey)}
            </button>
          ))}
        </p>
      )}
      {asking && (
        <div className="notice">
          <p id="status-confirm">{t('status.confirm', { action: t(`status.to.${asking}` as MessageKey) })}</p>
          <p className="actions">
            <button
              type="button"
              ref={confirm}
              aria-describedby="status-confirm"
              onClick={() => void move(asking)}
            >
              {t(`status.to.${asking}` as MessageKey)}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t('status.keep')}
            </button>
          </p>
        </div>
      )}
      <div aria-live="polite">{message && <p className={message.ok ? 'ok' : 'error'}>{message.text}</p>}</div>
    </section>
  );
}

/** Edits a session's title, times (in the host's zone), room and meeting link: only what changed is sent. */
function EditForm({
  session,
  zone,
  onSaved,
  onClose,
}: {
  session: Session;
  zone: string;
  onSaved: (saved: Session) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const p = `edit-${session.id}-`;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const timed = !!(session.startsAt && session.endsAt);
  const was = {
    title: session.title,
    startsAt: session.startsAt ? wallClock(session.startsAt, zone) : '',
    endsAt: session.endsAt ? wallClock(session.endsAt, zone) : '',
    room: session.room ?? '',
    meetingUrl: session.meetingUrl ?? '',
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget);
    const now = Object.fromEntries(
      Object.keys(was).map((name) => [name, String(value.get(`${p}${name}`) ?? '').trim()]),
    ) as typeof was;
    const patch: Schemas['UpdateSessionDto'] = {};
    if (now.title !== was.title) patch.title = now.title;
    if (timed && (now.startsAt !== was.startsAt || now.endsAt !== was.endsAt)) {
      // Both, in the zone they were typed in: the API checks the pair.
      patch.startsAt = wall(now.startsAt);
      patch.endsAt = wall(now.endsAt);
      patch.timeZone = zone;
    }
    if (now.room !== was.room) patch.room = now.room || null;
    if (now.meetingUrl !== was.meetingUrl) patch.meetingUrl = now.meetingUrl || null;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    const { data, error, response } = await api.PATCH('/api/v1/sessions/{id}', {
      params: { path: { id: session.id } },
      body: patch,
    });
    setBusy(false);
    const found = prefixed(fieldErrors(error), p);
    setErrors(found);
    if (data) onSaved(data);
    else if (response.status === 409) setOutcome('conflict');
    else setOutcome(Object.keys(found).length > 0 ? 'invalid' : 'error');
  }

  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return (
    <form
      className="stack inline"
      noValidate
      onSubmit={submit}
      onKeyDown={escape}
      aria-label={t('sessions.editNamed', { title: session.title })}
    >
      <Field name={`${p}title`} label={t('sessions.titleField')} errors={errors}>
        {(control) => <input {...control} ref={first} defaultValue={was.title} maxLength={200} />}
      </Field>
      {timed && (
        <>
          <p id={`${p}zone`} className="help">
            {t('sessions.zoneHelp', { zone })}
          </p>
          <Field name={`${p}startsAt`} label={t('sessions.startsAt')} errors={errors} help={`${p}zone`}>
            {(control) => <input {...control} type="datetime-local" defaultValue={was.startsAt} />}
          </Field>
          <Field name={`${p}endsAt`} label={t('sessions.endsAt')} errors={errors} help={`${p}zone`}>
            {(control) => <input {...control} type="datetime-local" defaultValue={was.endsAt} />}
          </Field>
        </>
      )}
      <Field name={`${p}room`} label={t('sessions.room')} errors={errors}>
        {(control) => <input {...control} defaultValue={was.room} maxLength={120} />}
      </Field>
      <Field name={`${p}meetingUrl`} label={t('sessions.meetingUrl')} errors={errors}>
        {(control) => (
          <input {...control} type="url" inputMode="url" defaultValue={was.meetingUrl} maxLength={500} />
        )}
      </Field>
      <FieldError errors={errors} name={`${p}status`} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('sessions.saveChanges')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('sessions.discard')}
        </button>
      </p>
      <div aria-live="polite">
        {outcome === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
        {outcome === 'conflict' && <p className="error">{t('sessions.conflict')}</p>}
        {outcome === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
    </form>
  );
}

/** The confirm step of cancelling a session: the reason, then the decision. */
function CancelForm({
  session,
  onCancelled,
  onClose,
}: {
  session: Session;
  onCancelled: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const p = `cancel-${session.id}-`;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const reason = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reason.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get(`${p}reason`) ?? '').trim();
    if (!text) {
      setErrors({ [`${p}reason`]: t('sessions.reasonNeeded') });
      reason.current?.focus();
      return;
    }
    setBusy(true);
    const { data, error } = await api.POST('/api/v1/sessions/{id}/cancel', {
      params: { path: { id: session.id } },
      body: { reason: text },
    });
    setBusy(false);
    const found = prefixed(fieldErrors(error), p);
    setErrors(found);
    if (data) onCancelled();
    else setFailed(Object.keys(found).length === 0);
  }

  return (
    <form
      className="stack inline"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
      aria-label={t('sessions.cancelNamed', { title: session.title })}
    >
      <p id={`${p}confirm`}>{t('sessions.cancelConfirm', { title: session.title })}</p>
      <Field name={`${p}reason`} label={t('sessions.reason')} errors={errors} help={`${p}confirm`}>
        {(control) => <textarea {...control} ref={reason} rows={2} maxLength={500} />}
      </Field>
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('sessions.confirmCancel')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('sessions.keep')}
        </button>
      </p>
      <div aria-live="polite">{failed && <p className="error">{t('app.error')}</p>}</div>
    </form>
  );
}

/** One session in the timeline, with its Edit and Cancel (each opening its form in place). */
function Slot({
  session,
  zone,
  facility,
  onChanged,
}: {
  session: Session;
  zone: string;
  /** The name of the facility a site visit goes to, when known. */
  facility?: string;
  onChanged: (message: string, focus: string) => void;
}) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState<'edit' | 'cancel' | null>(null);
  const editId = `edit-button-${session.id}`;
  const cancelId = `cancel-button-${session.id}`;
  const close = (focus: string) => {
    setOpen(null);
    requestAnimationFrame(() => document.getElementById(focus)?.focus());
  };
  return (
    <li className={`slot ${session.status}`}>
      <span className="meta">
        {session.startsAt && session.endsAt
          ? `${formatTime(language, session.startsAt, zone)} – ${formatTime(language, session.endsAt, zone)}`
          : t('schedule.allDay')}
      </span>
      <strong>{session.title}</strong>
      <span className="meta">
        {t(`kind.${session.kind}` as MessageKey)}
        {facility && ` · ${facility}`}
        {session.room && ` · ${t('sessions.roomShown', { room: session.room })}`}
        {session.status === 'cancelled' && ` · ${t('schedule.cancelled')}`}
        {session.status === 'moved' && ` · ${t('sessions.moved')}`}
      </span>
      {session.status !== 'cancelled' && open === null && (
        <span className="actions">
          <button
            type="button"
            id={editId}
            className="secondary"
            aria-label={t('sessions.editNamed', { title: session.title })}
            onClick={() => setOpen('edit')}
          >
            {t('sessions.edit')}
          </button>
          <button
            type="button"
            id={cancelId}
            className="secondary"
            aria-label={t('sessions.cancelNamed', { title: session.title })}
            onClick={() => setOpen('cancel')}
          >
            {t('sessions.cancel')}
          </button>
        </span>
      )}
      {open === 'edit' && (
        <EditForm
          session={session}
          zone={zone}
          onClose={() => close(editId)}
          onSaved={(saved) => {
            setOpen(null);
            onChanged(
              saved.warnings.length > 0
                ? t('sessions.savedWithWarnings', { title: saved.title, list: warningsText(saved) })
                : t('sessions.changesSaved', { title: saved.title }),
              editId,
            );
          }}
        />
      )}
      {open === 'cancel' && (
        <CancelForm
          session={session}
          onClose={() => close(cancelId)}
          onCancelled={() => {
            setOpen(null);
            onChanged(t('sessions.cancelledNamed', { title: session.title }), 'timeline-heading');
          }}
        />
      )}
    </li>
  );
}

/** The sessions by day in the host's zone, one grid column a day (a row a day on a phone). */
function Timeline({
  sessions,
  zone,
  facilities,
  onChanged,
}: {
  sessions: Session[];
  zone: string;
  facilities: Facilities;
  onChanged: (message: string, focus: string) => void;
}) {
  const { language } = useI18n();
  const days = new Map<string, Session[]>();
  for (const session of sessions) {
    const key = session.startsAt ? dayKey(session.startsAt, zone) : (session.allDayFrom ?? '');
    days.set(key, [...(days.get(key) ?? []), session]);
  }
  const ordered = [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="timeline">
      {ordered.map(([day, list]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>
            {list[0].startsAt ? formatDate(language, list[0].startsAt, zone) : formatPlainDate(language, day)}
          </h3>
          <ol>
            {list
              .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''))
              .map((session) => (
                <Slot
                  key={session.id}
                  session={session}
                  zone={zone}
                  facility={
                    Array.isArray(facilities)
                      ? facilities.find((f) => f.id === session.facilityId)?.name
                      : undefined
                  }
                  onChanged={onChanged}
                />
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** A menu item as an option of the add form: title, code, format and default duration. */
function menuLabel(t: ReturnType<typeof useI18n>['t'], item: MenuItem): string {
  return t('sessions.menuOption', {
    title: item.title,
    code: item.code,
    kind: t(`kind.${item.format}` as MessageKey),
    minutes: item.defaultDurationMin,
  });
}

/** Adds a session: from a training-menu item (its kind, title and duration) or a free kind and title. */
function SessionForm({
  programmeId,
  zone,
  phases,
  onSaved,
}: {
  programmeId: string;
  zone: string;
  /** The programme's phases: a session may be placed in one (it must then fall inside its dates). */
  phases: Programme['phases'];
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Outcome | 'saved' | 'warned' | null>(null);
  const [warnings, setWarnings] = useState('');
  const [menuItemId, setMenuItemId] = useState('');
  const menu = useLoad(
    async () =>
      (
        await api.GET('/api/v1/menu-items', { params: { query: { status: 'active', pageSize: 200 } } })
      ).data?.items.filter((item) => item.format !== 'site_visit'),
    `menu/${language}`,
  );
  const items = menu.state === 'ready' ? menu.data : [];
  const chosen = items.find((item) => item.id === menuItemId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const value = new FormData(form);
    const text = (name: string) => String(value.get(name) ?? '').trim();
    const optional = (name: 'description' | 'room' | 'meetingUrl') =>
      text(name) ? { [name]: text(name) } : {};
    const { data, error, response } = await api.POST('/api/v1/programmes/{id}/sessions', {
      params: { path: { id: programmeId } },
      body: {
        ...(chosen ? { menuItemId: chosen.id } : { kind: text('kind') as Kind }),
        // Without a menu item the title is needed (the API says so); with one, a title replaces its own.
        ...(text('title') ? { title: text('title') } : {}),
        ...(text('phaseId') ? { phaseId: text('phaseId') } : {}),
        ...(text('startsAt') ? { startsAt: wall(text('startsAt')) } : {}),
        ...(text('endsAt') ? { endsAt: wall(text('endsAt')) } : {}),
        timeZone: zone,
        ...optional('description'),
        ...optional('room'),
        ...optional('meetingUrl'),
      },
    });
    const found = fieldErrors(error);
    setErrors(found);
    if (data) {
      form.reset();
      setMenuItemId('');
      setWarnings(warningsText(data));
      setStatus(data.warnings.length > 0 ? 'warned' : 'saved');
      onSaved();
    } else if (response.status === 409) setStatus('conflict');
    else setStatus(Object.keys(found).length > 0 ? 'invalid' : 'error');
  }

  return (
    <form className="stack" noValidate onSubmit={submit} aria-labelledby="session-form">
      <h2 id="session-form">{t('sessions.add')}</h2>
      <Field name="menuItemId" label={t('sessions.fromMenu')} errors={errors} hint={t('sessions.menuHelp')}>
        {(control) => (
          <select {...control} value={menuItemId} onChange={(event) => setMenuItemId(event.target.value)}>
            <option value="">{t('sessions.noMenuItem')}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {menuLabel(t, item)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!chosen && (
        <Field name="kind" label={t('sessions.kind')} errors={errors}>
          {(control) => (
            <select {...control}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        name="title"
        label={chosen ? t('sessions.titleOptional') : t('sessions.titleField')}
        errors={errors}
      >
        {(control) => <input {...control} maxLength={200} placeholder={chosen?.title} />}
      </Field>
      {phases.length > 0 && (
        <Field name="phaseId" label={t('sessions.phase')} errors={errors}>
          {(control) => (
            <select {...control} defaultValue="">
              <option value="">{t('sessions.noPhase')}</option>
              {phases.map((phase) => (
                <option key={phase.id} value={phase.id}>
                  {t('sessions.phaseOption', {
                    name: phase.name,
                    from: formatPlainDate(language, phase.startsOn),
                    to: formatPlainDate(language, phase.endsOn),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <p id="zone-help" className="help">
        {t('sessions.zoneHelp', { zone })}
      </p>
      <Field name="startsAt" label={t('sessions.startsAt')} errors={errors} help="zone-help">
        {(control) => <input {...control} type="datetime-local" />}
      </Field>
      <Field
        name="endsAt"
        label={chosen ? t('sessions.endsOptional') : t('sessions.endsAt')}
        errors={errors}
        help="zone-help"
        hint={chosen ? t('sessions.endsHelp', { minutes: chosen.defaultDurationMin }) : undefined}
      >
        {(control) => <input {...control} type="datetime-local" />}
      </Field>
      <Field name="description" label={t('sessions.description')} errors={errors}>
        {(control) => <textarea {...control} rows={2} maxLength={5000} />}
      </Field>
      <Field name="room" label={t('sessions.room')} errors={errors}>
        {(control) => <input {...control} maxLength={120} />}
      </Field>
      <Field
        name="meetingUrl"
        label={t('sessions.meetingUrl')}
        errors={errors}
        hint={t('sessions.meetingUrlHelp')}
      >
        {(control) => <input {...control} type="url" inputMode="url" maxLength={500} />}
      </Field>
      <button type="submit">{t('sessions.save')}</button>
      <div aria-live="polite">
        {status === 'saved' && <p className="ok">{t('sessions.saved')}</p>}
        {status === 'warned' && (
          <p className="notice">{t('sessions.addedWithWarnings', { list: warnings })}</p>
        )}
        {status === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
        {status === 'conflict' && <p className="error">{t('sessions.conflict')}</p>}
        {status === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
    </form>
  );
}

/**
 * The builder's home for one programme: its status and next moves, the timeline by day in the host's
 * zone with each session's Edit and Cancel, and the forms that add sessions.
 */
function Builder({
  programme: loaded,
  sessions: first,
  facilities,
}: {
  programme: Programme;
  sessions: Session[];
  facilities: Facilities;
}) {
  const { t } = useI18n();
  const [programme, setProgramme] = useState(loaded);
  const [sessions, setSessions] = useState(first);
  const [announced, setAnnounced] = useState('');
  const zone = programme.hostTimeZone;

  /** Reads the timeline again, in place: the forms keep their messages and the keyboard its place. */
  async function reload(): Promise<void> {
    const { data } = await api.GET('/api/v1/programmes/{id}/sessions', {
      params: { path: { id: programme.id } },
    });
    if (data) setSessions(data);
  }

  async function changed(message: string, focus: string) {
    await reload();
    setAnnounced(message);
    requestAnimationFrame(() => document.getElementById(focus)?.focus());
  }

  return (
    <>
      <p>
        <strong>{programme.title}</strong> · {programme.code} ·{' '}
        {t('programmes.hostZone', { zone: programme.hostTimeZone })}
      </p>
      <p className="actions">
        <Link href={`/programmes/${programme.id}/edit`}>{t('editProgramme.link')}</Link>
        <Link href={`/programmes/${programme.id}/enrolments/import`}>{t('manage.import')}</Link>
        <Link href={`/programmes/${programme.id}/dashboard`}>{t('manage.dashboard')}</Link>
        <Link href={`/programmes/${programme.id}/deliveries`}>{t('manage.deliveries')}</Link>
      </p>
      <ProgrammeStatusPanel programme={programme} onChanged={setProgramme} />
      <h2 id="timeline-heading" tabIndex={-1}>
        {t('sessions.timeline')}
      </h2>
      <div aria-live="polite">{announced && <p className="ok">{announced}</p>}</div>
      {sessions.length === 0 ? (
        <p>{t('dashboard.noSessions')}</p>
      ) : (
        <Timeline
          sessions={sessions}
          zone={zone}
          facilities={facilities}
          onChanged={(m, f) => void changed(m, f)}
        />
      )}
      <SessionForm
        programmeId={programme.id}
        zone={zone}
        phases={programme.phases}
        onSaved={() => void reload()}
      />
      <SiteVisitForm
        programmeId={programme.id}
        zone={zone}
        facilities={facilities}
        holdingPlaces={programme.enrolled.holdingPlaces}
        onSaved={() => void reload()}
      />
    </>
  );
}

/** A programme's sessions: its builder (status, timeline, add forms). */
export function SessionsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    const path = { params: { path: { id: programmeId } } };
    const [programme, sessions, facilities] = await Promise.all([
      api.GET('/api/v1/programmes/{id}', path),
      api.GET('/api/v1/programmes/{id}/sessions', path),
      // For the site visits' facility names and the site-visit form: the page works without them.
      api.GET('/api/v1/facilities', { params: { query: { pageSize: 200 } } }).catch(() => undefined),
    ]);
    return (
      programme.data &&
      sessions.data && {
        programme: programme.data,
        sessions: sessions.data,
        facilities: facilities?.data?.items ?? ('failed' as const),
      }
    );
  }, programmeId);
  return (
    <Page title={t('sessions.title')}>
      <Await loaded={loaded}>
        {({ programme, sessions, facilities }) => (
          <Builder key={programme.id} programme={programme} sessions={sessions} facilities={facilities} />
        )}
      </Await>
    </Page>
  );
}
