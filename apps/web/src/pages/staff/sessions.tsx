import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { dayKey, formatDate, formatPlainDate, formatTime } from '../../format';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Await, Page, useLoad } from '../../load';
import { describedBy, Field, FieldError, fieldErrors } from './fields';
import { SiteVisitForm } from './site-visit';

type Session = Schemas['SessionResponse'];
type Kind = Session['kind'];
const KINDS: Kind[] = ['lecture', 'webinar', 'meeting', 'workshop'];

/** The sessions by day in the host's zone, one grid column a day (a row a day on a phone). */
function Timeline({ sessions, zone }: { sessions: Session[]; zone: string }) {
  const { t, language } = useI18n();
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
                <li key={session.id} className={`slot ${session.status}`}>
                  <span className="meta">
                    {session.startsAt && session.endsAt
                      ? `${formatTime(language, session.startsAt, zone)} – ${formatTime(language, session.endsAt, zone)}`
                      : t('schedule.allDay')}
                  </span>
                  <strong>{session.title}</strong>
                  <span className="meta">
                    {t(`kind.${session.kind}` as MessageKey)}
                    {session.status === 'cancelled' && ` · ${t('schedule.cancelled')}`}
                  </span>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function SessionForm({
  programmeId,
  zone,
  onSaved,
}: {
  programmeId: string;
  zone: string;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | 'conflict' | 'error' | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const value = new FormData(form);
    const { data, error, response } = await api.POST('/api/v1/programmes/{id}/sessions', {
      params: { path: { id: programmeId } },
      body: {
        kind: String(value.get('kind')) as Kind,
        title: String(value.get('title') ?? '').trim(),
        // Wall-clock times meant in `timeZone`; openapi.json types them as objects (a string or a Date).
        startsAt: String(value.get('startsAt') ?? '') as unknown as Record<string, never>,
        endsAt: String(value.get('endsAt') ?? '') as unknown as Record<string, never>,
        timeZone: zone,
      },
    });
    const found = fieldErrors(error);
    setErrors(found);
    if (data) {
      form.reset();
      setStatus('saved');
      onSaved();
    } else if (Object.keys(found).length > 0) setStatus('invalid');
    else setStatus(response.status === 409 ? 'conflict' : 'error');
  }

  return (
    <form className="stack" noValidate onSubmit={submit} aria-labelledby="session-form">
      <h2 id="session-form">{t('sessions.add')}</h2>
      <div className="field">
        <label htmlFor="kind">{t('sessions.kind')}</label>
        <select id="kind" name="kind" {...describedBy(errors, 'kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="kind" />
      </div>
      <Field name="title" label={t('sessions.titleField')} errors={errors}>
        {(control) => <input {...control} maxLength={200} />}
      </Field>
      <p id="zone-help" className="help">
        {t('sessions.zoneHelp', { zone })}
      </p>
      <Field name="startsAt" label={t('sessions.startsAt')} errors={errors} help="zone-help">
        {(control) => <input {...control} type="datetime-local" />}
      </Field>
      <Field name="endsAt" label={t('sessions.endsAt')} errors={errors} help="zone-help">
        {(control) => <input {...control} type="datetime-local" />}
      </Field>
      <button type="submit">{t('sessions.save')}</button>
      <div aria-live="polite">
        {status === 'saved' && <p className="ok">{t('sessions.saved')}</p>}
        {status === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
        {status === 'conflict' && <p className="error">{t('sessions.conflict')}</p>}
        {status === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
    </form>
  );
}

/** A programme's sessions: the timeline by day in the host's zone, and a form to add one. */
export function SessionsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(async () => {
    const path = { params: { path: { id: programmeId } } };
    const [programme, sessions] = await Promise.all([
      api.GET('/api/v1/programmes/{id}', path),
      api.GET('/api/v1/programmes/{id}/sessions', path),
    ]);
    return programme.data && sessions.data && { programme: programme.data, sessions: sessions.data };
  }, `${programmeId}/${version}`);
  return (
    <Page title={t('sessions.title')}>
      <Await loaded={loaded}>
        {({ programme, sessions }) => (
          <>
            <p>
              <strong>{programme.title}</strong> ·{' '}
              {t('programmes.hostZone', { zone: programme.hostTimeZone })}
            </p>
            <h2>{t('sessions.timeline')}</h2>
            {sessions.length === 0 ? (
              <p>{t('dashboard.noSessions')}</p>
            ) : (
              <Timeline sessions={sessions} zone={programme.hostTimeZone} />
            )}
            <SessionForm
              programmeId={programmeId}
              zone={programme.hostTimeZone}
              onSaved={() => setVersion((v) => v + 1)}
            />
            <SiteVisitForm
              programmeId={programmeId}
              zone={programme.hostTimeZone}
              onSaved={() => setVersion((v) => v + 1)}
            />
          </>
        )}
      </Await>
    </Page>
  );
}
