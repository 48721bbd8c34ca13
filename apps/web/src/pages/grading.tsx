import { useState, type FormEvent } from 'react';
import { api, download, type Schemas } from '../api/client';
import { formatDate, formatTime } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';

type Stage = Schemas['ReportStageResponse'];
type Submission = Schemas['ReportSubmissionResponse'];
type Decision = Schemas['ReviewReportDto']['decision'];

/** A programme's report stages, each with its trainees' state, linking to the grading of each. */
export function ReportsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    const stages = (
      await api.GET('/api/v1/programmes/{id}/report-stages', { params: { path: { id: programmeId } } })
    ).data;
    if (!stages) return undefined;
    const progress = await Promise.all(
      stages.map(
        async (stage) =>
          (await api.GET('/api/v1/report-stages/{id}/progress', { params: { path: { id: stage.id } } })).data,
      ),
    );
    return progress.every(Boolean) ? (progress as Schemas['ReportProgressResponse'][]) : undefined;
  }, programmeId);
  return (
    <Page title={t('grading.reports')}>
      <p>
        <Link href="/teaching">{t('attendance.back')}</Link>
      </p>
      <Await loaded={loaded}>
        {(stages) => (
          <>
            {stages.length === 0 && <p>{t('grading.noStages')}</p>}
            {stages.map(({ stage, trainees }) => (
              <section key={stage.id} aria-labelledby={`stage-${stage.id}`}>
                <h2 id={`stage-${stage.id}`}>{stage.title}</h2>
                <ul className="cards">
                  {trainees.map((trainee) => (
                    <li key={trainee.userId} className="card">
                      <h3>{trainee.displayName}</h3>
                      <p className="meta">
                        {t(`grading.state.${trainee.state}`)}
                        {trainee.late ? ` · ${t('grading.late')}` : ''}
                      </p>
                      {trainee.latestNumber != null && (
                        <p className="actions">
                          <Link
                            href={`/teaching/reports/${stage.id}/${trainee.userId}`}
                            aria-label={t('grading.gradeNamed', {
                              name: trainee.displayName,
                              title: stage.title,
                            })}
                          >
                            {t('grading.grade')}
                          </Link>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </Await>
    </Page>
  );
}

/** Grading a trainee's latest submission with the stage's rubric: a level per criterion, accept or return. */
export function GradingPage({ stageId, userId }: { stageId: string; userId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    const [progress, history] = await Promise.all([
      api.GET('/api/v1/report-stages/{id}/progress', { params: { path: { id: stageId } } }),
      api.GET('/api/v1/report-stages/{id}/submissions', {
        params: { path: { id: stageId }, query: { userId } },
      }),
    ]);
    if (!progress.data || !history.data) return undefined;
    const trainee = progress.data.trainees.find((x) => x.userId === userId);
    return { stage: progress.data.stage, name: trainee?.displayName ?? '', history: history.data };
  }, `${stageId}/${userId}`);
  return (
    <Page
      title={
        loaded.state === 'ready' ? `${loaded.data.stage.title} · ${loaded.data.name}` : t('grading.title')
      }
    >
      {loaded.state === 'ready' && (
        <p>
          <Link href={`/teaching/programmes/${loaded.data.stage.programmeId}/reports`}>
            {t('grading.back')}
          </Link>
        </p>
      )}
      <Await loaded={loaded}>
        {({ stage, history }) => {
          const latest = history.submissions.find((s) => !s.superseded) ?? history.submissions[0];
          if (!latest) return <p>{t('grading.nothing')}</p>;
          return (
            <>
              <SubmissionView submission={latest} />
              <ReviewForm stage={stage} submission={latest} />
            </>
          );
        }}
      </Await>
    </Page>
  );
}

function SubmissionView({ submission }: { submission: Submission }) {
  const { t, language } = useI18n();
  const [failed, setFailed] = useState(false);
  const at = submission.submittedAt;
  return (
    <section aria-labelledby="submission-heading" className="card">
      <h2 id="submission-heading">{t('grading.submission', { number: submission.number })}</h2>
      <p className="when">
        <time dateTime={at.utc}>
          {formatDate(language, at.utc, at.local.zone)} {formatTime(language, at.utc, at.local.zone)}
        </time>
        {submission.late && <span className="badge"> {t('grading.late')}</span>}
      </p>
      {submission.text && <p className="report-text">{submission.text}</p>}
      {submission.file && (
        <p className="actions">
          <button
            type="button"
            onClick={async () =>
              setFailed(
                !(await download(
                  `/api/v1/report-submissions/${submission.id}/file`,
                  submission.file!.fileName,
                )),
              )
            }
          >
            {t('grading.download', { name: submission.file.fileName })}
          </button>
        </p>
      )}
      {failed && <p role="alert">{t('materials.failed')}</p>}
    </section>
  );
}

function ReviewForm({ stage, submission }: { stage: Stage; submission: Submission }) {
  const { t } = useI18n();
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries((submission.review?.scores ?? []).map((s) => [s.criterionId, s.levelId])),
  );
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | 'error' | null>(null);
  const [review, setReview] = useState(submission.review ?? null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    stage.rubric.forEach((criterion, i) => {
      if (!levels[criterion.id]) found[`scores[${i}]`] = t('grading.pickLevel');
    });
    if (!decision) found.decision = t('grading.pickDecision');
    if (decision === 'returned' && !comment.trim()) found.comment = t('grading.commentToReturn');
    if (Object.keys(found).length) {
      setErrors(found);
      setStatus('invalid');
      return;
    }
    const { data, error, response } = await api.POST('/api/v1/report-submissions/{id}/review', {
      params: { path: { id: submission.id } },
      body: {
        decision: decision as Decision,
        comment: comment.trim() || null,
        scores: stage.rubric.map((c) => ({ criterionId: c.id, levelId: levels[c.id] })),
      },
    });
    if (data) {
      setReview(data.review ?? null);
      setErrors({});
      setStatus('saved');
    } else if (response.status === 422 || response.status === 400) {
      // `scores[1].levelId` → the criterion at index 1.
      setErrors(
        Object.fromEntries(
          (error?.errors ?? []).map((e) => [e.field.replace(/^(scores\[\d+\]).*$/, '$1'), e.reason]),
        ),
      );
      setStatus('invalid');
    } else setStatus('error');
  }

  if (review)
    return (
      <section aria-labelledby="review-heading" className="card">
        <h2 id="review-heading">{t(`grading.decision.${review.decision}`)}</h2>
        {review.total != null && (
          <p>{t('grading.total', { total: review.total, max: stage.maxTotal ?? review.total })}</p>
        )}
        <ul>
          {review.scores.map((s) => (
            <li key={s.criterionId}>
              {s.criterion}: {s.level} ({s.points})
            </li>
          ))}
        </ul>
        {review.comment && <p className="report-text">{review.comment}</p>}
        {status === 'saved' && <p className="ok">{t('grading.saved')}</p>}
      </section>
    );

  const errorOf = (key: string) => errors[key];
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="review-heading">
      <h2 id="review-heading">{t('grading.review')}</h2>
      {stage.rubric.map((criterion, i) => {
        const error = errorOf(`scores[${i}]`);
        const errorId = `criterion-${criterion.id}-error`;
        return (
          <fieldset
            key={criterion.id}
            className={error ? 'question invalid' : 'question'}
            aria-describedby={
              [criterion.description ? `criterion-${criterion.id}-help` : '', error ? errorId : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
          >
            <legend>
              {criterion.title}
              {criterion.weight !== 1 ? ` (×${criterion.weight})` : ''}
            </legend>
            {criterion.description && (
              <p id={`criterion-${criterion.id}-help`} className="help">
                {criterion.description}
              </p>
            )}
            <div className="choices">
              {criterion.levels.map((level) => (
                <label key={level.id} className="choice">
                  <input
                    type="radio"
                    name={`criterion-${criterion.id}`}
                    checked={levels[criterion.id] === level.id}
                    onChange={() => setLevels((all) => ({ ...all, [criterion.id]: level.id }))}
                  />
                  {t('grading.level', { label: level.label, points: level.points })}
                </label>
              ))}
            </div>
            {error && (
              <p id={errorId} className="error">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <fieldset
        className={errorOf('decision') ? 'question invalid' : 'question'}
        aria-describedby={errorOf('decision') ? 'decision-error' : undefined}
      >
        <legend>{t('grading.decisionLabel')}</legend>
        <div className="choices">
          {(['accepted', 'returned'] as const).map((d) => (
            <label key={d} className="choice">
              <input type="radio" name="decision" checked={decision === d} onChange={() => setDecision(d)} />
              {t(`grading.choose.${d}`)}
            </label>
          ))}
        </div>
        {errorOf('decision') && (
          <p id="decision-error" className="error">
            {errorOf('decision')}
          </p>
        )}
      </fieldset>
      <div className={errorOf('comment') ? 'field invalid' : 'field'}>
        <label htmlFor="comment">{t('grading.comment')}</label>
        <textarea
          id="comment"
          rows={5}
          maxLength={10000}
          value={comment}
          aria-invalid={errorOf('comment') ? true : undefined}
          aria-describedby={errorOf('comment') ? 'comment-error' : 'comment-help'}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        {errorOf('comment') ? (
          <p id="comment-error" className="error">
            {errorOf('comment')}
          </p>
        ) : (
          <p id="comment-help" className="help">
            {t('grading.commentHelp')}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {status === 'invalid' && <p className="error">{t('grading.fix')}</p>}
        {status === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
      <button type="submit">{t('grading.send')}</button>
    </form>
  );
}
