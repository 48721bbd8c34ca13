import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, authFetch, type Schemas } from '../api/client';
import { formatDate, formatTime } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { useUser } from '../session';

type Roster = Schemas['SessionRosterResponse'];
type Mark = Schemas['AttendanceRecordDto']['status'];
interface Row {
  status: Mark | null;
  note: string;
}

const MARKS: Mark[] = ['present', 'late', 'absent', 'excused'];

/** Taking attendance: the whole roster, one radio group per trainee, saved at once (all or nothing). */
export function AttendancePage({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    async () =>
      (await api.GET('/api/v1/sessions/{id}/attendance', { params: { path: { id: sessionId } } })).data,
    sessionId,
  );
  return (
    <Page title={loaded.state === 'ready' ? loaded.data.title : t('attendance.title')}>
      <p>
        <Link href="/teaching">{t('attendance.back')}</Link>
      </p>
      <Await loaded={loaded}>
        {(roster) => (
          <>
            <When roster={roster} />
            <CheckInCode sessionId={sessionId} />
            <RosterForm roster={roster} />
          </>
        )}
      </Await>
    </Page>
  );
}

function When({ roster }: { roster: Roster }) {
  const { t, language } = useI18n();
  const user = useUser();
  return (
    <p className="when">
      <time dateTime={roster.startsAt}>
        <strong>
          {formatDate(language, roster.startsAt, user.timeZone)}{' '}
          {formatTime(language, roster.startsAt, user.timeZone)} –{' '}
          {formatTime(language, roster.endsAt, user.timeZone)}
        </strong>
      </time>
      <span className="host">
        {t('schedule.host')}: {formatDate(language, roster.startsAt, roster.timeZone)}{' '}
        {formatTime(language, roster.startsAt, roster.timeZone)} –{' '}
        {formatTime(language, roster.endsAt, roster.timeZone)} ({roster.timeZone})
      </span>
    </p>
  );
}

/** Issues a check-in code and shows it with its QR code (the API draws the SVG) for the room's screen. */
function CheckInCode({ sessionId }: { sessionId: string }) {
  const { t, language } = useI18n();
  const user = useUser();
  const [code, setCode] = useState<Schemas['CheckInCodeResponse'] | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => () => void (qr && URL.revokeObjectURL(qr)), [qr]);

  async function issue() {
    setFailed(false);
    const { data } = await api.POST('/api/v1/sessions/{id}/check-in-codes', {
      params: { path: { id: sessionId } },
    });
    if (!data) return setFailed(true);
    setCode(data);
    const svg = await authFetch(
      new Request(
        new URL(`/api/v1/sessions/${sessionId}/check-in-codes/current.svg`, globalThis.location.origin),
      ),
    ).catch(() => null);
    if (svg?.ok && typeof URL.createObjectURL === 'function') setQr(URL.createObjectURL(await svg.blob()));
  }

  return (
    <section aria-labelledby="check-in-heading" className="card">
      <h2 id="check-in-heading">{t('attendance.checkIn')}</h2>
      <div aria-live="polite">
        {code && (
          <>
            <p className="code">
              {t('attendance.code')}: <strong className="check-in-code">{code.code}</strong>
            </p>
            <p className="help">
              {t('attendance.validUntil', {
                time: formatTime(language, code.validUntil, user.timeZone),
              })}
            </p>
            {qr && (
              <img
                className="qr"
                src={qr}
                alt={t('attendance.qr', { code: code.code })}
                width={240}
                height={240}
              />
            )}
          </>
        )}
        {failed && <p className="error">{t('attendance.codeFailed')}</p>}
      </div>
      <p className="actions">
        <button type="button" onClick={() => void issue()}>
          {code ? t('attendance.newCode') : t('attendance.showCode')}
        </button>
      </p>
    </section>
  );
}

const rowsOf = (roster: Roster): Record<string, Row> =>
  Object.fromEntries(
    roster.trainees.map((entry) => [
      entry.userId,
      { status: entry.status === 'unmarked' ? null : entry.status, note: entry.note ?? '' },
    ]),
  );

function RosterForm({ roster: initial }: { roster: Roster }) {
  const { t } = useI18n();
  const [roster, setRoster] = useState(initial);
  const [rows, setRows] = useState(() => rowsOf(initial));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<
    | { kind: 'saved' }
    | { kind: 'invalid'; count: number; other: string[] }
    | { kind: 'error'; detail?: string }
    | null
  >(null);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const cancelled = roster.sessionStatus === 'cancelled';

  const set = (userId: string, change: Partial<Row>) =>
    setRows((all) => ({ ...all, [userId]: { ...all[userId], ...change } }));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const records = roster.trainees
      .filter((entry) => rows[entry.userId].status)
      .map((entry) => ({
        userId: entry.userId,
        status: rows[entry.userId].status as Mark,
        note: rows[entry.userId].note.trim() || null,
      }));
    setSaving(true);
    const { data, error, response } = await api
      .PUT('/api/v1/sessions/{id}/attendance', {
        params: { path: { id: roster.sessionId } },
        body: { records },
      })
      .finally(() => setSaving(false));
    if (data) {
      setRoster(data);
      setRows(rowsOf(data));
      setErrors({});
      setStatus({ kind: 'saved' });
    } else if (response.status === 422 || response.status === 400) {
      // `records[2].note`: the row of the record sent at index 2.
      const byRow: Record<string, string[]> = {};
      const other: string[] = [];
      for (const problem of error?.errors ?? []) {
        const index = /^records\[(\d+)\]\.?(\w*)/.exec(problem.field);
        const userId = index ? records[Number(index[1])]?.userId : undefined;
        if (userId)
          byRow[userId] = [
            ...(byRow[userId] ?? []),
            t('attendance.fieldError', { field: index?.[2] ?? '', reason: problem.reason }),
          ];
        else other.push(`${problem.field} ${problem.reason}`);
      }
      if (!error?.errors?.length && error?.detail) other.push(error.detail);
      setErrors(byRow);
      setStatus({ kind: 'invalid', count: Object.keys(byRow).length, other });
    } else setStatus({ kind: 'error', detail: response.status === 409 ? error?.detail : undefined });
    summary.current?.focus();
  }

  const counts = MARKS.map((mark) => `${t(`attendance.${mark}`)} ${roster.counts[mark]}`).join(' · ');
  return (
    <form className="stack roster" onSubmit={save} noValidate>
      <h2>{t('attendance.roster', { count: roster.counts.total })}</h2>
      <p className="meta">
        {counts} · {t('attendance.unmarked')} {roster.counts.unmarked}
      </p>
      {cancelled && <p className="notice">{t('attendance.cancelled')}</p>}
      {roster.trainees.length === 0 && <p>{t('attendance.empty')}</p>}
      {roster.trainees.map((entry) => {
        const row = rows[entry.userId];
        const rowErrors = errors[entry.userId];
        const errorId = `row-${entry.userId}-error`;
        return (
          <fieldset
            key={entry.userId}
            className={rowErrors ? 'trainee invalid' : 'trainee'}
            aria-describedby={rowErrors ? errorId : undefined}
            disabled={cancelled}
          >
            <legend>{entry.displayName}</legend>
            {entry.checkedInAt && <p className="help">{t('attendance.checkedIn')}</p>}
            <div
              className="marks"
              role="radiogroup"
              aria-label={t('attendance.statusOf', { name: entry.displayName })}
            >
              {MARKS.map((mark) => (
                <label key={mark} className={`mark ${mark}`}>
                  <input
                    type="radio"
                    name={`status-${entry.userId}`}
                    value={mark}
                    checked={row.status === mark}
                    onChange={() => set(entry.userId, { status: mark })}
                  />
                  {t(`attendance.${mark}`)}
                </label>
              ))}
            </div>
            <label htmlFor={`note-${entry.userId}`}>{t('attendance.note')}</label>
            <input
              id={`note-${entry.userId}`}
              maxLength={500}
              value={row.note}
              aria-invalid={rowErrors ? true : undefined}
              aria-describedby={rowErrors ? errorId : undefined}
              onChange={(event) => set(entry.userId, { note: event.currentTarget.value })}
            />
            {rowErrors && (
              <p id={errorId} className="error">
                {rowErrors.join(' ')}
              </p>
            )}
          </fieldset>
        );
      })}
      <div ref={summary} tabIndex={-1} aria-live="polite">
        {status?.kind === 'saved' && <p className="ok">{t('attendance.saved')}</p>}
        {status?.kind === 'invalid' && (
          <div className="error">
            <p>
              {status.count === 1 ? t('attendance.fixOne') : t('attendance.fix', { count: status.count })}
            </p>
            {status.other.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </div>
        )}
        {status?.kind === 'error' && <p className="error">{status.detail ?? t('app.error')}</p>}
      </div>
      <button type="submit" disabled={saving || cancelled || roster.trainees.length === 0}>
        {saving ? t('attendance.saving') : t('attendance.save')}
      </button>
    </form>
  );
}
