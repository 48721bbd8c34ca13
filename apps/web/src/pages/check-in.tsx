import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client';
import { dayKey, formatDate, formatTime } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { useUser } from '../session';
import { When } from '../time-point';
import type { MessageKey } from '../i18n/en';

/** The API's check-in codes: 6 characters nobody misreads on a projector (no 0/O, 1/I/L). */
export const CHECK_IN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

/** What a trainee typed, as the API compares it: upper case, without spaces or dashes. */
export const normaliseCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

const isCode = (code: string): boolean =>
  code.length === CODE_LENGTH && [...code].every((c) => CHECK_IN_ALPHABET.includes(c));

type Outcome =
  | { kind: 'done'; checkIn: Schemas['CheckInResponse'] }
  | { kind: 'field'; message: MessageKey }
  | { kind: 'refused'; message: MessageKey }
  | null;

/** The message for a refused check-in, by the API's status and problem code. */
function refusal(status: number, code: unknown): Outcome {
  if (status === 422) return { kind: 'field', message: 'checkIn.wrongCode' };
  if (status === 429) return { kind: 'refused', message: 'app.throttled' };
  if (status === 404) return { kind: 'refused', message: 'checkIn.notFound' };
  if (status === 403) return { kind: 'refused', message: 'checkIn.forbidden' };
  if (code === 'ATTENDANCE.CHECK_IN_CLOSED') return { kind: 'field', message: 'checkIn.closed' };
  if (code === 'ATTENDANCE.ALREADY_CHECKED_IN') return { kind: 'refused', message: 'checkIn.already' };
  if (code === 'ATTENDANCE.ALREADY_RECORDED') return { kind: 'refused', message: 'checkIn.recorded' };
  if (code === 'ATTENDANCE.SESSION_CANCELLED') return { kind: 'refused', message: 'checkIn.cancelled' };
  return { kind: 'refused', message: 'app.error' };
}

/**
 * Self check-in at a session (`/check-in/<session>?code=…`, the address of the QR code shown in the room):
 * the code is filled in from the link, or typed from the screen.
 */
export function CheckInPage({ sessionId }: { sessionId: string }) {
  const { t, language } = useI18n();
  const user = useUser();
  const [code, setCode] = useState(() => new URLSearchParams(globalThis.location.search).get('code') ?? '');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [sending, setSending] = useState(false);
  const loaded = useLoad(
    async () => (await api.GET('/api/v1/sessions/{id}', { params: { path: { id: sessionId } } })).data,
    sessionId,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = normaliseCode(code);
    if (!isCode(typed)) {
      setOutcome({ kind: 'field', message: 'checkIn.format' });
      return;
    }
    setSending(true);
    try {
      const { data, error, response } = await api.POST('/api/v1/sessions/{id}/check-ins', {
        params: { path: { id: sessionId } },
        body: { code: typed },
      });
      setOutcome(data ? { kind: 'done', checkIn: data } : refusal(response.status, error?.code));
    } catch {
      setOutcome({ kind: 'refused', message: 'app.error' });
    } finally {
      setSending(false);
    }
  }

  const fieldError = outcome?.kind === 'field';
  return (
    <Page title={t('checkIn.title')}>
      <Await loaded={loaded}>
        {(session) => (
          <>
            <p>
              <strong>{session.title}</strong>
              {session.startsAt && (
                <span className="meta">
                  {' · '}
                  <time dateTime={session.startsAt}>
                    {formatDate(language, session.startsAt, user.timeZone)},{' '}
                    {formatTime(language, session.startsAt, user.timeZone)}
                  </time>
                </span>
              )}
            </p>
            {outcome?.kind === 'done' ? (
              <div className="card verdict" role="status">
                <p className="ok">
                  <strong>
                    {t(outcome.checkIn.status === 'late' ? 'checkIn.doneLate' : 'checkIn.donePresent')}
                  </strong>
                </p>
                <dl>
                  <dt>{t('checkIn.session')}</dt>
                  <dd>{session.title}</dd>
                  <dt>{t('checkIn.at')}</dt>
                  <dd>
                    <time dateTime={outcome.checkIn.checkedInAt}>
                      {formatTime(language, outcome.checkIn.checkedInAt, user.timeZone)}
                    </time>
                    {session.timeZone !== user.timeZone && (
                      <span className="host">
                        {' '}
                        ({t('schedule.host')}:{' '}
                        {formatTime(language, outcome.checkIn.checkedInAt, session.timeZone)})
                      </span>
                    )}
                  </dd>
                </dl>
              </div>
            ) : (
              <form className="stack" noValidate onSubmit={submit}>
                <div className="field">
                  <label htmlFor="check-in-code">{t('checkIn.code')}</label>
                  <input
                    id="check-in-code"
                    name="code"
                    className="code"
                    value={code}
                    onChange={(event) => setCode(event.target.value)}
                    autoComplete="one-time-code"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={9}
                    required
                    aria-invalid={fieldError || undefined}
                    aria-describedby={fieldError ? 'check-in-help check-in-error' : 'check-in-help'}
                  />
                  <p id="check-in-help" className="help">
                    {t('checkIn.help')}
                  </p>
                  {fieldError && (
                    <p id="check-in-error" className="error" role="alert">
                      {t(outcome.message)}
                    </p>
                  )}
                </div>
                <button type="submit" disabled={sending}>
                  {sending ? t('checkIn.sending') : t('checkIn.submit')}
                </button>
                {outcome?.kind === 'refused' && (
                  <p className="error" role="alert">
                    {t(outcome.message)}
                  </p>
                )}
              </form>
            )}
          </>
        )}
      </Await>
    </Page>
  );
}

/**
 * Check-in without the QR link (`/check-in`): today's sessions I attend, in my zone, each leading to its
 * check-in form where the code shown in the room is typed.
 */
export function CheckInTodayPage() {
  const { t } = useI18n();
  const user = useUser();
  const today = dayKey(new Date().toISOString(), user.timeZone);
  const loaded = useLoad(
    async () =>
      (await api.GET('/api/v1/me/schedule', { params: { query: { from: today, to: today } } })).data,
    today,
  );
  return (
    <Page title={t('checkIn.title')}>
      <Await loaded={loaded}>
        {(schedule) => {
          const sessions = schedule.items.filter(
            (item) => item.access === 'attend' && item.start && item.status !== 'cancelled',
          );
          return sessions.length === 0 ? (
            <p>{t('checkIn.noneToday')}</p>
          ) : (
            <>
              <p>{t('checkIn.pick')}</p>
              <ul className="cards">
                {sessions.map((item) => (
                  <li key={item.id} className="card">
                    <h2>
                      <Link href={`/check-in/${item.id}`}>{t('checkIn.toNamed', { title: item.title })}</Link>
                    </h2>
                    <p className="when">
                      <When at={item.start!} />
                    </p>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Await>
    </Page>
  );
}
