import { useEffect, useState } from 'react';
import { api, download, type Schemas } from '../../api/client';
import { formatBytes } from '../../format';
import { useI18n, type Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Await, Page, useLoad } from '../../load';
import { Link } from '../../router';
import { BarTable } from './bars';

type Dashboard = Schemas['DashboardResponse'];
type Export = Schemas['ExportResponse'];
type Kind = Export['kind'];
type Format = Export['format'];

const KINDS: Kind[] = ['participants', 'attendance', 'completion', 'evaluation'];
const FORMATS: Format[] = ['csv', 'xlsx'];
const STATUSES = ['invited', 'waitlisted', 'active', 'completed', 'withdrawn', 'not_completed'] as const;
/** How often a queued export's status is asked for. */
export const EXPORT_POLL_MS = 3000;

function useFormats() {
  const { language } = useI18n();
  const count = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const mean = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count: (n: number) => count.format(n),
    percent: (n: number | null) => (n === null ? '—' : percent.format(n)),
    mean: (n: number | null) => (n === null ? '—' : mean.format(n)),
  };
}

function Evaluation({ dashboard, t }: { dashboard: Dashboard; t: Translate }) {
  const f = useFormats();
  const surveys = [...dashboard.l1, ...dashboard.programmeEnd];
  return (
    <section aria-labelledby="evaluation">
      <h2 id="evaluation">{t('dashboard.evaluation')}</h2>
      {surveys.length === 0 ? (
        <p>{t('dashboard.noSurveys')}</p>
      ) : (
        <BarTable
          caption={t('dashboard.satisfaction')}
          head={[t('dashboard.survey'), t('dashboard.mean')]}
          max={5}
          bars={surveys.map((survey) => ({
            label: survey.title,
            value: survey.likertMean ?? 0,
            text: survey.hidden
              ? t('dashboard.hidden', { min: survey.minGroupSize })
              : `${f.mean(survey.likertMean)} / 5 · ${t('dashboard.responses', {
                  responded: f.count(survey.responded),
                  invited: f.count(survey.invited),
                  rate: f.percent(survey.responseRate),
                })}`,
          }))}
        />
      )}
      {dashboard.l3.length > 0 && (
        <BarTable
          caption={t('dashboard.followUp')}
          head={[t('dashboard.survey'), t('dashboard.responseRate')]}
          max={1}
          bars={dashboard.l3.map((survey) => ({
            label: survey.title,
            value: survey.responseRate ?? 0,
            text: `${f.percent(survey.responseRate)} (${f.count(survey.responded)}/${f.count(survey.invited)})`,
          }))}
        />
      )}
      <p>
        {t('dashboard.gain', {
          trainees: f.count(dashboard.learningGain.cohort.trainees),
          gain: f.percent(dashboard.learningGain.cohort.meanIndividualGain ?? null),
        })}
      </p>
    </section>
  );
}

function Exports({ programmeId }: { programmeId: string }) {
  const { t, language } = useI18n();
  const [failed, setFailed] = useState(false);
  const [job, setJob] = useState<Export | null>(null);
  const [kind, setKind] = useState<Kind>('participants');
  const [format, setFormat] = useState<Format>('xlsx');
  const label = (k: Kind) => t(`export.${k}` as MessageKey);

  // A queued export is asked about until the worker has built it (or failed).
  useEffect(() => {
    if (job?.status !== 'queued') return;
    const timer = setTimeout(async () => {
      const { data } = await api.GET('/api/v1/exports/{id}', { params: { path: { id: job.id } } });
      if (data) setJob(data);
      else setFailed(true);
    }, EXPORT_POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  return (
    <section aria-labelledby="exports">
      <h2 id="exports">{t('dashboard.exports')}</h2>
      {failed && (
        <p role="alert" className="error">
          {t('materials.failed')}
        </p>
      )}
      <ul className="cards">
        {KINDS.map((k) => (
          <li key={k} className="card">
            <p>
              <strong>{label(k)}</strong>
            </p>
            <p className="actions">
              {FORMATS.map((fmt) => (
                <button
                  key={fmt}
                  type="button"
                  aria-label={t('export.downloadNamed', { kind: label(k), format: fmt.toUpperCase() })}
                  onClick={async () =>
                    setFailed(
                      !(await download(
                        `/api/v1/programmes/${programmeId}/exports/${k}.${fmt}`,
                        `${k}.${fmt}`,
                      )),
                    )
                  }
                >
                  {fmt.toUpperCase()}
                </button>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <form
        className="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          const { data } = await api.POST('/api/v1/programmes/{id}/exports', {
            params: { path: { id: programmeId } },
            body: { kind, format },
          });
          setFailed(!data);
          setJob(data ?? null);
        }}
      >
        <fieldset>
          <legend>{t('export.large')}</legend>
          <p className="help">{t('export.largeHelp')}</p>
          <div className="field">
            <label htmlFor="export-kind">{t('export.kind')}</label>
            <select id="export-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {label(k)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-format">{t('export.format')}</label>
            <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              {FORMATS.map((fmt) => (
                <option key={fmt} value={fmt}>
                  {fmt.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={job?.status === 'queued'}>
            {t('export.prepare')}
          </button>
        </fieldset>
      </form>
      <div aria-live="polite">
        {job?.status === 'queued' && <p role="status">{t('export.queued')}</p>}
        {job?.status === 'failed' && <p className="error">{t('export.failed')}</p>}
        {job?.status === 'ready' && (
          <p className="ok">
            {t('export.ready', {
              rows: new Intl.NumberFormat(language).format(job.rows ?? 0),
              size: formatBytes(language, job.sizeBytes ?? 0),
            })}{' '}
            <button
              type="button"
              onClick={async () =>
                setFailed(!(await download(`/api/v1/exports/${job.id}/file`, `${job.kind}.${job.format}`)))
              }
            >
              {t('export.download')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}

/** A programme's figures for its coordinators: enrolment, attendance, completion, evaluation; exports. */
export function DashboardPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const f = useFormats();
  const loaded = useLoad(async () => {
    const path = { params: { path: { id: programmeId } } };
    const [programme, dashboard] = await Promise.all([
      api.GET('/api/v1/programmes/{id}', path),
      api.GET('/api/v1/programmes/{id}/dashboard', path),
    ]);
    return programme.data && dashboard.data && { programme: programme.data, dashboard: dashboard.data };
  }, programmeId);
  return (
    <Page title={t('dashboard.title')}>
      <Await loaded={loaded}>
        {({ programme, dashboard }) => (
          <>
            <p>
              <strong>{programme.title}</strong> · {programme.code}
            </p>
            <p className="actions">
              <Link href={`/programmes/${programme.id}/sessions`}>{t('manage.sessions')}</Link>
              <Link href={`/programmes/${programme.id}/deliveries`}>{t('manage.deliveries')}</Link>
            </p>
            <section aria-labelledby="enrolment">
              <h2 id="enrolment">{t('dashboard.enrolment')}</h2>
              <BarTable
                caption={t('dashboard.byStatus')}
                head={[t('dashboard.status'), t('dashboard.trainees')]}
                bars={STATUSES.map((status) => ({
                  label: t(`status.${status}`),
                  value: dashboard.enrolment[status],
                  text: f.count(dashboard.enrolment[status]),
                }))}
              />
              <p>
                {t('dashboard.completion', {
                  completed: f.count(dashboard.completion.completed),
                  participants: f.count(dashboard.completion.participants),
                  met: f.count(dashboard.completion.met),
                })}
              </p>
            </section>
            <section aria-labelledby="attendance">
              <h2 id="attendance">{t('dashboard.attendance')}</h2>
              {dashboard.attendance.sessions.length === 0 ? (
                <p>{t('dashboard.noSessions')}</p>
              ) : (
                <BarTable
                  caption={t('dashboard.attendanceRate')}
                  head={[t('dashboard.session'), t('dashboard.rate')]}
                  max={1}
                  bars={dashboard.attendance.sessions.map((session) => ({
                    label: session.title,
                    value: session.rate ?? 0,
                    text: session.ended
                      ? `${f.percent(session.rate)} (${f.count(session.counts.present + session.counts.late)}/${f.count(session.counts.total)})`
                      : t('dashboard.notYet'),
                  }))}
                />
              )}
            </section>
            <Evaluation dashboard={dashboard} t={t} />
            <Exports programmeId={programmeId} />
          </>
        )}
      </Await>
    </Page>
  );
}
