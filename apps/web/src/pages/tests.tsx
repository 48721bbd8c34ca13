import { useEffect, useState, type FormEvent } from 'react';
import { api, type Problem, type Schemas } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { Await, Page, useLoad } from '../load';
import { Link, useRouter } from '../router';
import { When } from '../time-point';

type Assessment = Schemas['AssessmentResponse'];
type Attempt = Schemas['AttemptResponse'];
type Question = Schemas['AttemptQuestionResponse'];
type Answer = Schemas['AnswerDto'];
type Draft = Record<string, { optionIds?: string[]; text?: string; value?: string }>;

const CHOICE = new Set(['single_choice', 'multiple_choice', 'true_false']);

/** Why the API refused to start, save or submit, as a message. */
function refusal(status: number, problem: Problem | undefined): MessageKey {
  const code = String(problem?.code ?? '');
  if (code === 'ASSESSMENT.NOT_OPEN') return 'tests.notOpen';
  if (code === 'ASSESSMENT.CLOSED') return 'tests.closed';
  if (code === 'ASSESSMENT.NO_ATTEMPTS_LEFT') return 'tests.noAttemptsLeft';
  if (code === 'ASSESSMENT.DEADLINE_PASSED') return 'tests.deadlinePassed';
  if (code === 'ASSESSMENT.ATTEMPT_SUBMITTED') return 'tests.alreadySubmitted';
  if (status === 403) return 'tests.forbidden';
  if (status === 429) return 'app.throttled';
  return 'app.error';
}

function TestItem({ test, attempts }: { test: Assessment; attempts: Schemas['AttemptSummaryResponse'][] }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [refused, setRefused] = useState<MessageKey | null>(null);
  const unfinished = attempts.find((a) => a.status === 'in_progress');
  const canStart = unfinished !== undefined || (test.attemptsLeft ?? 0) > 0;
  async function start() {
    setRefused(null);
    const { data, error, response } = await api.POST('/api/v1/assessments/{id}/attempts', {
      params: { path: { id: test.id } },
    });
    if (data) navigate(`/attempts/${data.id}`);
    else setRefused(refusal(response.status, error as Problem | undefined));
  }
  return (
    <li className="card">
      <h2>{test.title}</h2>
      <p className="meta">
        {t(`tests.kind.${test.kind}`)} · {t('tests.questions', { count: test.questionCount })}
        {test.timeLimitMinutes != null && <> · {t('tests.timeLimit', { minutes: test.timeLimitMinutes })}</>}
      </p>
      {test.opens && (
        <p className="when">
          {t('tests.opens')} <When at={test.opens} />
        </p>
      )}
      {test.closes && (
        <p className="when">
          {t('tests.closes')} <When at={test.closes} />
        </p>
      )}
      <p>{t('tests.attemptsLeft', { left: test.attemptsLeft ?? 0, allowed: test.attemptsAllowed })}</p>
      {attempts.length > 0 && (
        <ul>
          {attempts.map((a) => (
            <li key={a.id}>
              <Link href={`/attempts/${a.id}`}>{t('tests.attempt', { number: a.number })}</Link>
              {' · '}
              {a.status === 'in_progress'
                ? t('tests.inProgress')
                : a.score != null
                  ? t('tests.score', { score: a.score, max: a.maxScore ?? 0 })
                  : t('tests.submitted')}
            </li>
          ))}
        </ul>
      )}
      {canStart && (
        <p className="actions">
          <button
            type="button"
            aria-label={t(unfinished ? 'tests.continueNamed' : 'tests.startNamed', { title: test.title })}
            onClick={() => void start()}
          >
            {t(unfinished ? 'tests.continue' : 'tests.start')}
          </button>
        </p>
      )}
      {refused && (
        <p className="error" role="alert">
          {t(refused)}
        </p>
      )}
    </li>
  );
}

/** The published tests of a programme of mine, with their times, my attempts and what is left. */
export function TestsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    const { data } = await api.GET('/api/v1/programmes/{id}/assessments', {
      params: { path: { id: programmeId } },
    });
    if (!data) return undefined;
    const attempts = await Promise.all(
      data.map(
        async (test) =>
          (await api.GET('/api/v1/assessments/{id}/attempts', { params: { path: { id: test.id } } })).data ??
          [],
      ),
    );
    return data.map((test, i) => ({ test, attempts: attempts[i] }));
  }, programmeId);
  return (
    <Page title={t('tests.title')}>
      <Await loaded={loaded}>
        {(tests) =>
          tests.length === 0 ? (
            <p>{t('tests.none')}</p>
          ) : (
            <ul className="cards">
              {tests.map(({ test, attempts }) => (
                <TestItem key={test.id} test={test} attempts={attempts} />
              ))}
            </ul>
          )
        }
      </Await>
    </Page>
  );
}

/** The seconds left before `deadline`, ticking every second; null without a deadline. */
function useSecondsLeft(deadline: string | undefined): number | null {
  const left = () => (deadline ? Math.max(0, Math.floor((Date.parse(deadline) - Date.now()) / 1000)) : null);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    if (!deadline) return;
    setSeconds(left());
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return seconds;
}

function TimeLeft({ seconds }: { seconds: number }) {
  const { t, language } = useI18n();
  const minutes = Math.floor(seconds / 60);
  const two = new Intl.NumberFormat(language, { minimumIntegerDigits: 2 });
  return (
    <p className={minutes < 2 ? 'timer error' : 'timer'} role="timer" aria-live="off">
      {t('tests.timeLeft', { time: `${two.format(minutes)}:${two.format(seconds % 60)}` })}
    </p>
  );
}

export function answersOf(questions: readonly Question[], draft: Draft): Answer[] {
  const answers: Answer[] = [];
  for (const q of questions) {
    const d = draft[q.id];
    if (!d) continue;
    if (CHOICE.has(q.kind)) {
      if (d.optionIds?.length) answers.push({ questionId: q.id, optionIds: d.optionIds });
    } else if (q.kind === 'numeric') {
      if (d.value?.trim() && Number.isFinite(Number(d.value)))
        answers.push({ questionId: q.id, value: Number(d.value) });
    } else if (d.text?.trim()) answers.push({ questionId: q.id, text: d.text });
  }
  return answers;
}

const draftOf = (questions: readonly Question[]): Draft =>
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      {
        optionIds: q.answer?.optionIds,
        text: q.answer?.text,
        value: q.answer?.value != null ? String(q.answer.value) : undefined,
      },
    ]),
  );

function QuestionInput({
  question: q,
  number,
  value,
  onChange,
}: {
  question: Question;
  number: number;
  value: Draft[string] | undefined;
  onChange: (value: Draft[string]) => void;
}) {
  const { t } = useI18n();
  const heading = (
    <>
      <span className="number">{t('survey.question', { number })}</span> {q.text}{' '}
      <span className="meta">({t('tests.points', { points: q.points })})</span>
    </>
  );
  if (CHOICE.has(q.kind)) {
    const multiple = q.kind === 'multiple_choice';
    const chosen = value?.optionIds ?? [];
    return (
      <fieldset className="question">
        <legend>{heading}</legend>
        <div className="choices">
          {q.options.map((option) => (
            <label key={option.id} className="choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`q-${q.id}`}
                checked={chosen.includes(option.id)}
                onChange={(event) =>
                  onChange({
                    optionIds: multiple
                      ? event.currentTarget.checked
                        ? [...chosen, option.id]
                        : chosen.filter((id) => id !== option.id)
                      : [option.id],
                  })
                }
              />
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const numeric = q.kind === 'numeric';
  return (
    <div className="question field">
      <label htmlFor={`q-${q.id}`}>{heading}</label>
      <input
        id={`q-${q.id}`}
        type={numeric ? 'number' : 'text'}
        inputMode={numeric ? 'decimal' : undefined}
        step={numeric ? 'any' : undefined}
        maxLength={numeric ? undefined : 500}
        value={(numeric ? value?.value : value?.text) ?? ''}
        onChange={(event) =>
          onChange(numeric ? { value: event.currentTarget.value } : { text: event.currentTarget.value })
        }
      />
    </div>
  );
}

function AttemptForm({ attempt, onDone }: { attempt: Attempt; onDone: (next: Attempt | null) => void }) {
  const { t } = useI18n();
  const questions = attempt.questions ?? [];
  const [draft, setDraft] = useState<Draft>(() => draftOf(questions));
  const [status, setStatus] = useState<{ ok?: MessageKey; error?: MessageKey; fields?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const seconds = useSecondsLeft(attempt.deadline?.utc);
  const timeUp = seconds === 0;
  useEffect(() => {
    if (timeUp) onDone(null); // the API grades it as it stood at its deadline: read it again
  }, [timeUp]);

  async function save(): Promise<boolean> {
    const { error, response } = await api.PUT('/api/v1/assessment-attempts/{id}/answers', {
      params: { path: { id: attempt.id } },
      body: { answers: answersOf(questions, draft) },
    });
    if (response.ok) return true;
    const problem = error as Problem | undefined;
    if (response.status === 422 && problem?.errors?.length)
      setStatus({
        error: 'tests.invalid',
        fields: problem.errors.map((e) => `${e.field}: ${e.reason}`).join('; '),
      });
    else setStatus({ error: refusal(response.status, problem) });
    if (response.status === 409) onDone(null);
    return false;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const final = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'submit';
    if (final && !globalThis.confirm(t('tests.confirmSubmit'))) return;
    setBusy(true);
    setStatus(null);
    try {
      if (!(await save())) return;
      if (!final) return setStatus({ ok: 'tests.saved' });
      const { data, error, response } = await api.POST('/api/v1/assessment-attempts/{id}/submit', {
        params: { path: { id: attempt.id } },
      });
      if (data) onDone(data);
      else {
        setStatus({ error: refusal(response.status, error as Problem | undefined) });
        if (response.status === 409) onDone(null);
      }
    } catch {
      setStatus({ error: 'app.error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={submit}>
      {attempt.deadline && (
        <p className="meta">
          {t('tests.deadline')} <When at={attempt.deadline} />
        </p>
      )}
      {seconds !== null && <TimeLeft seconds={seconds} />}
      {questions.map((q, i) => (
        <QuestionInput
          key={q.id}
          question={q}
          number={i + 1}
          value={draft[q.id]}
          onChange={(value) => setDraft((d) => ({ ...d, [q.id]: value }))}
        />
      ))}
      <div aria-live="polite">
        {status?.ok && <p className="ok">{t(status.ok)}</p>}
        {status?.error && (
          <p className="error">
            {t(status.error)}
            {status.fields && ` ${status.fields}`}
          </p>
        )}
      </div>
      <p className="actions">
        <button type="submit" name="action" value="save" className="secondary" disabled={busy}>
          {t('tests.save')}
        </button>
        <button type="submit" name="action" value="submit" disabled={busy}>
          {t('tests.submit')}
        </button>
      </p>
    </form>
  );
}

/** A submitted attempt: the score and answers only as far as the API shows them. */
function AttemptResult({ attempt }: { attempt: Attempt }) {
  const { t, language } = useI18n();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <>
      <div className="card verdict" role="status">
        <p className="ok">
          <strong>{t(attempt.autoSubmitted ? 'tests.autoSubmitted' : 'tests.submittedDone')}</strong>
        </p>
        {attempt.score != null ? (
          <p>
            {t('tests.score', { score: attempt.score, max: attempt.maxScore ?? 0 })}
            {attempt.percent != null && ` (${percent.format(attempt.percent / 100)})`}
          </p>
        ) : (
          <p>{t('tests.scoreHidden')}</p>
        )}
      </div>
      {attempt.answersRevealed ? (
        <ol className="cards">
          {(attempt.questions ?? []).map((q) => {
            const optionText = (ids: string[] | undefined) =>
              (ids ?? []).map((id) => q.options.find((o) => o.id === id)?.text ?? id).join(', ');
            const mine = q.answer
              ? CHOICE.has(q.kind)
                ? optionText(q.answer.optionIds)
                : (q.answer.text ?? String(q.answer.value ?? ''))
              : t('tests.noAnswer');
            const key = q.key
              ? CHOICE.has(q.kind)
                ? optionText(q.key.optionIds)
                : q.kind === 'numeric'
                  ? `${q.key.value ?? ''}${q.key.tolerance ? ` ± ${q.key.tolerance}` : ''}`
                  : (q.key.accepted ?? []).join(', ')
              : null;
            return (
              <li key={q.id} className="card">
                <p>
                  <strong>{q.text}</strong>
                </p>
                <p>
                  {t('tests.yourAnswer')}: {mine}
                </p>
                {q.correct !== undefined && (
                  <p className={q.correct ? 'ok' : 'error'}>
                    {t(q.correct ? 'tests.correct' : 'tests.wrong')}
                    {q.awardedPoints !== undefined &&
                      ` · ${t('tests.awarded', { points: q.awardedPoints, max: q.points })}`}
                  </p>
                )}
                {key && (
                  <p>
                    {t('tests.key')}: {key}
                  </p>
                )}
                {q.overrideComment && <p className="meta">{q.overrideComment}</p>}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="meta">{t('tests.answersHidden')}</p>
      )}
    </>
  );
}

/** An attempt of mine (`/attempts/<id>`): answering it while in progress, its result once submitted. */
export function AttemptPage({ attemptId }: { attemptId: string }) {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const [submitted, setSubmitted] = useState<Attempt | null>(null);
  const loaded = useLoad(
    async () =>
      (await api.GET('/api/v1/assessment-attempts/{id}', { params: { path: { id: attemptId } } })).data,
    `${attemptId}/${reload}`,
  );
  return (
    <Page title={t('tests.attemptTitle')}>
      <Await loaded={loaded}>
        {(fetched) => {
          const attempt = submitted ?? fetched;
          return attempt.status === 'submitted' ? (
            <AttemptResult attempt={attempt} />
          ) : (
            <AttemptForm
              attempt={attempt}
              onDone={(next) => (next ? setSubmitted(next) : setReload((n) => n + 1))}
            />
          );
        }}
      </Await>
    </Page>
  );
}
