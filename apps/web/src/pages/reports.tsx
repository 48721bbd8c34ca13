import { useState, type FormEvent } from 'react';
import { api, download, type Problem, type Schemas } from '../api/client';
import { upload } from '../api/upload';
import { formatBytes } from '../format';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { When } from '../time-point';

type Stage = Schemas['ReportStageResponse'];
type History = Schemas['ReportHistoryResponse'];
type Submission = Schemas['ReportSubmissionResponse'];

const STATE: Record<History['state'], MessageKey> = {
  not_submitted: 'reports.state.not_submitted',
  submitted: 'reports.state.submitted',
  returned: 'reports.state.returned',
  accepted: 'reports.state.accepted',
  overdue: 'reports.state.overdue',
};

/** The report stages of a programme of mine, with when each is due. */
export function ReportsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    async () =>
      (await api.GET('/api/v1/programmes/{id}/report-stages', { params: { path: { id: programmeId } } }))
        .data,
    programmeId,
  );
  return (
    <Page title={t('reports.title')}>
      <Await loaded={loaded}>
        {(stages) =>
          stages.length === 0 ? (
            <p>{t('reports.none')}</p>
          ) : (
            <ul className="cards">
              {stages.map((stage) => (
                <li key={stage.id} className="card">
                  <h2>
                    <Link href={`/report-stages/${stage.id}`}>{stage.title}</Link>
                  </h2>
                  <p className="when">
                    {t('reports.due')} <When at={stage.due.at} />
                  </p>
                  {stage.requiredForCompletion && <p className="meta">{t('reports.required')}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </Await>
    </Page>
  );
}

function SubmissionItem({ submission, onFailed }: { submission: Submission; onFailed: () => void }) {
  const { t, language } = useI18n();
  const review = submission.review;
  return (
    <li className="card">
      <p>
        <strong>{t('reports.version', { number: submission.number })}</strong> ·{' '}
        <When at={submission.submittedAt} />
        {submission.late && <span className="badge error"> · {t('reports.late')}</span>}
      </p>
      {submission.file && (
        <p className="actions">
          <button
            type="button"
            className="secondary"
            aria-label={t('reports.downloadNamed', { name: submission.file.fileName })}
            onClick={async () => {
              if (
                !(await download(
                  `/api/v1/report-submissions/${submission.id}/file`,
                  submission.file!.fileName,
                ))
              )
                onFailed();
            }}
          >
            {submission.file.fileName} ({formatBytes(language, submission.file.sizeBytes)})
          </button>
        </p>
      )}
      {submission.text && (
        <details>
          <summary>{t('reports.text')}</summary>
          <p className="text">{submission.text}</p>
        </details>
      )}
      {review && (
        <div>
          <p className={review.decision === 'accepted' ? 'ok' : 'error'}>
            <strong>{t(review.decision === 'accepted' ? 'reports.accepted' : 'reports.returned')}</strong>
            {review.total != null && ` · ${t('reports.total', { total: review.total })}`}
          </p>
          {review.comment && <p className="text">{review.comment}</p>}
        </div>
      )}
    </li>
  );
}

function SubmitForm({ stage, onSubmitted }: { stage: Stage; onSubmitted: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const withText = stage.forms !== 'file';
  const withFile = stage.forms !== 'text';

  const problemText = (status: number, problem: Problem | undefined, fallback: MessageKey): string => {
    if (status === 413) return t('reports.tooLarge');
    if (status === 409) return t('reports.alreadyAccepted');
    if (status === 422 && problem?.errors?.length)
      return t('reports.invalid', {
        reasons: problem.errors.map((e) => `${e.field}: ${e.reason}`).join('; '),
      });
    if (status === 422 && problem?.detail) return t('reports.invalid', { reasons: problem.detail });
    return t(fallback);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!text.trim() && !file) return setError(t('reports.empty'));
    setBusy(true);
    try {
      let fileId: string | null = null;
      if (file) {
        setProgress(0);
        const sent = await upload(
          `/api/v1/report-stages/${stage.id}/files?fileName=${encodeURIComponent(file.name)}`,
          file,
          setProgress,
        );
        if (sent.status !== 201)
          return setError(problemText(sent.status, sent.body as Problem | undefined, 'reports.uploadFailed'));
        setProgress(1);
        fileId = (sent.body as Schemas['ReportFileResponse']).id;
      }
      const { error: problem, response } = await api.POST('/api/v1/report-stages/{id}/submissions', {
        params: { path: { id: stage.id } },
        body: { text: text.trim() ? text : null, fileId },
      });
      if (!response.ok)
        return setError(problemText(response.status, problem as Problem | undefined, 'app.error'));
      setText('');
      setFile(null);
      setProgress(null);
      onSubmitted();
    } catch {
      setError(t('reports.uploadFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" noValidate onSubmit={submit} aria-labelledby="report-form-heading">
      <h2 id="report-form-heading">{t('reports.submitHeading')}</h2>
      {withText && (
        <div className="field">
          <label htmlFor="report-text">{t('reports.text')}</label>
          <textarea
            id="report-text"
            rows={8}
            maxLength={50_000}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'report-error' : undefined}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        </div>
      )}
      {withFile && (
        <div className="field">
          <label htmlFor="report-file">{t('reports.file')}</label>
          <input
            id="report-file"
            type="file"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'report-file-help report-error' : 'report-file-help'}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          <p id="report-file-help" className="help">
            {t(withText ? 'reports.fileHelpBoth' : 'reports.fileHelp')}
          </p>
        </div>
      )}
      {progress !== null && (
        <div className="field">
          <label htmlFor="report-progress">{t('reports.uploading')}</label>
          <progress id="report-progress" max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>
        </div>
      )}
      {error && (
        <p id="report-error" className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('reports.sending') : t('reports.submit')}
      </button>
    </form>
  );
}

/** A report stage: its instructions, my versions with their reviews, and the form to hand in a new one. */
export function ReportStagePage({ stageId }: { stageId: string }) {
  const { t } = useI18n();
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);
  const loaded = useLoad(async () => {
    const path = { params: { path: { id: stageId } } };
    const [stage, history] = await Promise.all([
      api.GET('/api/v1/report-stages/{id}', path),
      api.GET('/api/v1/report-stages/{id}/submissions', path),
    ]);
    return stage.data && history.data && { stage: stage.data, history: history.data };
  }, `${stageId}/${round}`);
  return (
    <Page title={t('reports.stageTitle')}>
      <Await loaded={loaded}>
        {({ stage, history }) => (
          <>
            <h2>{stage.title}</h2>
            <p className="when">
              {t('reports.due')} <When at={stage.due.at} />
            </p>
            <p>
              <strong>{t(STATE[history.state])}</strong>
            </p>
            {stage.instructions && <p className="text">{stage.instructions}</p>}
            {done && (
              <p className="ok" role="status">
                {t('reports.thanks')}
              </p>
            )}
            {failed && (
              <p className="error" role="alert">
                {t('materials.failed')}
              </p>
            )}
            {history.state !== 'accepted' && (
              <SubmitForm
                stage={stage}
                onSubmitted={() => {
                  setDone(true);
                  setRound((n) => n + 1);
                }}
              />
            )}
            <section aria-labelledby="history-heading">
              <h2 id="history-heading">{t('reports.history')}</h2>
              {history.submissions.length === 0 ? (
                <p>{t('reports.noVersion')}</p>
              ) : (
                <ol className="cards">
                  {history.submissions.map((s) => (
                    <SubmissionItem key={s.id} submission={s} onFailed={() => setFailed(true)} />
                  ))}
                </ol>
              )}
            </section>
          </>
        )}
      </Await>
    </Page>
  );
}
