import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, authFetch, type Schemas } from '../api/client';
import { formatDate, formatTime } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { useUser } from '../session';

type Roster = Schemas['SessionRosterResponse'];
type Mark = Schemas['AttendanceRecordDto']['status'];
type OfflineRecord = Schemas['OfflineRecordDto'];
type SyncReport = Schemas['SyncReportResponse'];
interface Row {
  status: Mark | null;
  note: string;
  /** When this device last changed the row: what the API weighs against other decisions when syncing. */
  at?: string;
}

/**
 * Marks saved while the phone had no connection (a plant visit's basement, a train): kept in this
 * browser's storage, per session, until `POST …/attendance/sync` has them. The API reconciles them with
 * decisions made meanwhile (the latest by the device's time stands) and takes the same batch twice as
 * once, so sending again after a lost answer is safe.
 */
const pendingKey = (sessionId: string) => `kenshu.attendance.${sessionId}`;

function readPending(sessionId: string): OfflineRecord[] {
  try {
    const stored = JSON.parse(localStorage.getItem(pendingKey(sessionId)) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as OfflineRecord[]) : [];
  } catch {
    return [];
  }
}

/** Adds `records` to what waits for the session (a trainee's later mark replaces their earlier one). */
function keepPending(sessionId: string, records: OfflineRecord[]): OfflineRecord[] {
  const byTrainee = new Map(readPending(sessionId).map((r) => [r.userId, r]));
  for (const record of records) byTrainee.set(record.userId, record);
  const all = [...byTrainee.values()];
  localStorage.setItem(pendingKey(sessionId), JSON.stringify(all));
  return all;
}

/** This browser's name in the audit log of synced marks: random, kept. */
function deviceId(): string {
  const key = 'kenshu.device';
  const known = localStorage.getItem(key);
  if (known) return known;
  const made = `web-${crypto.randomUUID()}`;
  localStorage.setItem(key, made);
  return made;
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

const rowsOfPending = (records: OfflineRecord[]): Record<string, Row> =>
  Object.fromEntries(
    records.map((r) => [r.userId, { status: r.status, note: r.note ?? '', at: r.recordedAt }]),
  );

const rowsOf = (roster: Roster): Record<string, Row> =>
  Object.fromEntries(
    roster.trainees.map((entry) => [
      entry.userId,
      { status: entry.status === 'unmarked' ? null : entry.status, note: entry.note ?? '' },
    ]),
  );

type Status =
  | { kind: 'saved' }
  | { kind: 'queued'; count: number }
  | { kind: 'synced'; count: number; conflicts: SyncReport['conflicts'] }
  | { kind: 'invalid'; count: number; other: string[] }
  | { kind: 'error'; detail?: string }
  | null;

function RosterForm({ roster: initial }: { roster: Roster }) {
  const { t } = useI18n();
  const sessionId = initial.sessionId;
  const [roster, setRoster] = useState(initial);
  // The device's marks not sent yet are shown as taken.
  const [rows, setRows] = useState(() => ({ ...rowsOf(initial), ...rowsOfPending(readPending(sessionId)) }));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<Status>(() => {
    const waiting = readPending(sessionId).length;
    return waiting > 0 ? { kind: 'queued', count: waiting } : null;
  });
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const cancelled = roster.sessionStatus === 'cancelled';

  const set = (userId: string, change: Partial<Row>) =>
    setRows((all) => ({ ...all, [userId]: { ...all[userId], ...change, at: new Date().toISOString() } }));

  /** The API's 400/422 problems on the rows of the records sent (`records[2].note`: the third one). */
  function refused(records: { userId: string }[], error: Schemas['ProblemDto'] | undefined) {
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
  }

  /** Sends the marks kept on this device; they stay kept while there is no connection. */
  async function sync() {
    const records = readPending(sessionId);
    if (records.length === 0) return;
    const sent = await api
      .POST('/api/v1/sessions/{id}/attendance/sync', {
        params: { path: { id: sessionId } },
        body: { deviceId: deviceId(), records },
      })
      .catch(() => null);
    if (!sent) return; // still offline: try again when the browser says it is back
    const { data, error, response } = sent;
    if (response.status >= 500) return;
    // Answered: the batch is settled one way or the other (a refused one stays in the form to fix).
    localStorage.removeItem(pendingKey(sessionId));
    if (!data) {
      refused(records, error);
      return;
    }
    const fresh = await api.GET('/api/v1/sessions/{id}/attendance', { params: { path: { id: sessionId } } });
    if (fresh.data) {
      setRoster(fresh.data);
      setRows(rowsOf(fresh.data));
    }
    setErrors({});
    setStatus({ kind: 'synced', count: data.applied.length, conflicts: data.conflicts });
  }

  useEffect(() => {
    void sync();
    const online = () => void sync();
    globalThis.addEventListener('online', online);
    return () => globalThis.removeEventListener('online', online);
  }, [sessionId]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const marked = roster.trainees.filter((entry) => rows[entry.userId].status);
    const records = marked.map((entry) => ({
      userId: entry.userId,
      status: rows[entry.userId].status as Mark,
      note: rows[entry.userId].note.trim() || null,
    }));
    setSaving(true);
    const sent = await api
      .PUT('/api/v1/sessions/{id}/attendance', {
        params: { path: { id: roster.sessionId } },
        body: { records },
      })
      .catch(() => null)
      .finally(() => setSaving(false));
    if (!sent) {
      // No connection: the rows changed here are kept on this device with when each was marked (rows
      // as loaded are not: resending them would outweigh decisions taken since), sent once back online.
      const changed = marked.flatMap((entry, i) => {
        const at = rows[entry.userId].at;
        return at ? [{ ...records[i], recordedAt: at }] : [];
      });
      setErrors({});
      setStatus(
        changed.length > 0
          ? { kind: 'queued', count: keepPending(sessionId, changed).length }
          : { kind: 'error', detail: t('attendance.offline') },
      );
    } else if (sent.data) {
      setRoster(sent.data);
      setRows(rowsOf(sent.data));
      setErrors({});
      setStatus({ kind: 'saved' });
    } else if (sent.response.status === 422 || sent.response.status === 400) refused(records, sent.error);
    else setStatus({ kind: 'error', detail: sent.response.status === 409 ? sent.error?.detail : undefined });
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
        {status?.kind === 'queued' && (
          <p className="notice">{t('attendance.queued', { count: status.count })}</p>
        )}
        {status?.kind === 'synced' && (
          <>
            <p className="ok">{t('attendance.synced', { count: status.count })}</p>
            {status.conflicts.map((conflict) => (
              <p key={conflict.userId}>
                {t(conflict.kept === 'incoming' ? 'attendance.keptMine' : 'attendance.keptTheirs', {
                  name: roster.trainees.find((e) => e.userId === conflict.userId)?.displayName ?? '',
                })}
              </p>
            ))}
          </>
        )}
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
