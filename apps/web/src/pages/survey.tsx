import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, type Problem, type Schemas } from '../api/client';
import { formatDate, formatTime } from '../format';
import { I18nProvider, languageOf, useI18n, type Translate } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { Page } from '../load';

type Form = Schemas['SurveyFormResponse'];
type Question = Schemas['SurveyFormQuestionResponse'];
type Answer = Schemas['SurveyAnswerDto'];

/** Sends the answers: through the emailed token, or as the signed-in invitee (`/me/surveys`). */
export type SendAnswers = (answers: Answer[]) => Promise<{ error?: unknown; response: Response }>;

/** What the invitee has put in so far, by question id: a number, an option id, option ids, a text or row → 1–5. */
type Draft = Record<string, number | string | string[] | Record<string, number> | undefined>;

/** Why the page shows a message instead of the form. */
export type Stop = 'thanks' | 'answered' | 'closed' | 'notOpen' | 'notFound' | 'throttled' | 'error';

type Loaded = { state: 'loading' } | { state: 'ready'; form: Form } | { state: 'stopped'; stop: Stop };

/** The message of a refused request, from its status and problem code. */
export function stopOf(status: number, problem: Problem | undefined): Stop {
  const code = String(problem?.code ?? '');
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  if (code === 'SURVEY.ALREADY_ANSWERED') return 'answered';
  if (code === 'SURVEY.CLOSED') return 'closed';
  if (code === 'SURVEY.NOT_OPEN') return 'notOpen';
  return 'error';
}

/** The answers in the API's shape, in question order; a question left empty is left out. */
export function answersOf(questions: readonly Question[], draft: Draft): Answer[] {
  const answers: Answer[] = [];
  for (const q of questions) {
    const value = draft[q.id];
    if (value === undefined) continue;
    if (q.kind === 'likert' || q.kind === 'nps') answers.push({ questionId: q.id, value: value as number });
    else if (q.kind === 'single_choice') answers.push({ questionId: q.id, optionIds: [value as string] });
    else if (q.kind === 'multiple_choice') {
      if ((value as string[]).length) answers.push({ questionId: q.id, optionIds: value as string[] });
    } else if (q.kind === 'text') {
      if ((value as string).trim()) answers.push({ questionId: q.id, text: value as string });
    } else if (Object.keys(value as object).length)
      answers.push({ questionId: q.id, rows: value as Record<string, number> });
  }
  return answers;
}

/** The required questions left unanswered (for a matrix: a row left unrated), each with its message. */
function missingOf(questions: readonly Question[], answers: readonly Answer[], t: Translate) {
  const errors: Record<string, string> = {};
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  for (const q of questions.filter((q) => q.required)) {
    const answer = byId.get(q.id);
    if (!answer) errors[q.id] = q.kind === 'matrix' ? t('survey.missingRows') : t('survey.missing');
    else if (q.kind === 'matrix' && q.rows?.some((r) => answer.rows?.[r.id] === undefined))
      errors[q.id] = t('survey.missingRows');
  }
  return errors;
}

/**
 * The API's field problems next to their questions: `answers[i]…` names the i-th answer sent, and
 * `answers` "must answer question <id>" a required one left out. Others go to the top of the form.
 */
function problemsOf(
  questions: readonly Question[],
  sent: readonly Answer[],
  problems: Schemas['FieldProblemDto'][],
  t: Translate,
): { byQuestion: Record<string, string>; other: string[] } {
  const byQuestion: Record<string, string> = {};
  const other: string[] = [];
  for (const p of problems) {
    const at = /^answers\[(\d+)\](?:\.rows\.(.+))?/.exec(p.field);
    const question = at
      ? questions.find((q) => q.id === sent[Number(at[1])]?.questionId)
      : questions.find((q) => p.field === 'answers' && p.reason.endsWith(` ${q.id}`));
    if (!question) {
      other.push(`${p.field}: ${p.reason}`);
      continue;
    }
    const row = at?.[2] ? question.rows?.find((r) => r.id === at[2]) : undefined;
    const message = at
      ? t('survey.invalid', { reason: row ? `${row.text}: ${p.reason}` : p.reason })
      : t('survey.missing');
    byQuestion[question.id] = byQuestion[question.id] ? `${byQuestion[question.id]} ${message}` : message;
  }
  return { byQuestion, other };
}

function Choice({
  type,
  name,
  checked,
  required,
  onChange,
  children,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  required?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="choice">
      <input
        type={type}
        name={name}
        checked={checked}
        required={required}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

/** Points 1–5 (likert, a matrix row) or 0–10 (NPS) as radio buttons, each with its label if it has one. */
function Scale({
  name,
  from,
  to,
  labels,
  value,
  required,
  onChange,
}: {
  name: string;
  from: number;
  to: number;
  labels: string[] | null;
  value: number | undefined;
  required: boolean;
  onChange: (value: number) => void;
}) {
  const points = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return (
    <div className={labels ? 'choices' : 'choices scale'}>
      {points.map((point) => (
        <Choice
          key={point}
          type="radio"
          name={name}
          checked={value === point}
          required={required}
          onChange={() => onChange(point)}
        >
          {point}
          {labels?.[point - from] ? ` · ${labels[point - from]}` : ''}
        </Choice>
      ))}
    </div>
  );
}

function QuestionField({
  question: q,
  number,
  value,
  error,
  onChange,
}: {
  question: Question;
  number: number;
  value: Draft[string];
  error: string | undefined;
  onChange: (value: Draft[string]) => void;
}) {
  const { t } = useI18n();
  const errorId = `q-${q.id}-error`;
  const helpId = `q-${q.id}-help`;
  const describedBy = [q.kind === 'nps' ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const heading = (
    <>
      <span className="number">{t('survey.question', { number })}</span> {q.text}
      {q.required && <span className="required"> ({t('survey.required')})</span>}
    </>
  );
  const errorText = error && (
    <p id={errorId} className="error">
      {error}
    </p>
  );

  if (q.kind === 'text')
    return (
      <div className={error ? 'question field invalid' : 'question field'} data-question={q.id}>
        <label htmlFor={`q-${q.id}`}>{heading}</label>
        <textarea
          id={`q-${q.id}`}
          rows={4}
          required={q.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          value={(value as string | undefined) ?? ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        {errorText}
      </div>
    );

  let body: ReactNode;
  if (q.kind === 'likert' || q.kind === 'nps')
    body = (
      <>
        {q.kind === 'nps' && (
          <p id={helpId} className="help">
            {t('survey.npsHelp')}
          </p>
        )}
        <Scale
          name={`q-${q.id}`}
          from={q.kind === 'nps' ? 0 : 1}
          to={q.kind === 'nps' ? 10 : 5}
          labels={q.kind === 'likert' ? q.scaleLabels : null}
          value={value as number | undefined}
          required={q.required}
          onChange={onChange}
        />
      </>
    );
  else if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
    const multiple = q.kind === 'multiple_choice';
    const chosen = multiple ? ((value as string[] | undefined) ?? []) : [value as string | undefined];
    body = (
      <div className="choices">
        {(q.options ?? []).map((option) => (
          <Choice
            key={option.id}
            type={multiple ? 'checkbox' : 'radio'}
            name={`q-${q.id}`}
            checked={chosen.includes(option.id)}
            required={!multiple && q.required}
            onChange={(checked) =>
              onChange(
                multiple
                  ? checked
                    ? [...(chosen as string[]), option.id]
                    : (chosen as string[]).filter((id) => id !== option.id)
                  : option.id,
              )
            }
          >
            {option.text}
          </Choice>
        ))}
      </div>
    );
  } else {
    const rated = (value as Record<string, number> | undefined) ?? {};
    body = (q.rows ?? []).map((row) => (
      <fieldset key={row.id} className="row">
        <legend>{row.text}</legend>
        <Scale
          name={`q-${q.id}-${row.id}`}
          from={1}
          to={5}
          labels={q.scaleLabels}
          value={rated[row.id]}
          required={q.required}
          onChange={(point) => onChange({ ...rated, [row.id]: point })}
        />
      </fieldset>
    ));
  }
  return (
    <fieldset
      className={error ? 'question invalid' : 'question'}
      data-question={q.id}
      aria-describedby={describedBy || undefined}
    >
      <legend>{heading}</legend>
      {body}
      {errorText}
    </fieldset>
  );
}

function SurveyForm({ form, send, onStop }: { form: Form; send: SendAnswers; onStop: (stop: Stop) => void }) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string[]>([]);
  const [notice, setNotice] = useState<Stop | null>(null);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const count = Object.keys(errors).length + other.length;

  useEffect(() => {
    if (count) summary.current?.focus();
  }, [errors, other]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answers = answersOf(form.questions, draft);
    const missing = missingOf(form.questions, answers, t);
    setNotice(null);
    if (Object.keys(missing).length) {
      setOther([]);
      return setErrors(missing);
    }
    setSending(true);
    const { error, response } = await send(answers).finally(() => setSending(false));
    if (response.ok) return onStop('thanks');
    const problem = error as Problem | undefined;
    if (response.status === 422 && problem?.errors?.length) {
      const found = problemsOf(form.questions, answers, problem.errors, t);
      setErrors(found.byQuestion);
      return setOther(found.other);
    }
    const stop = stopOf(response.status, problem);
    // Too many tries or a passing failure: the answers stay, to be sent again.
    if (stop === 'throttled' || stop === 'error') return setNotice(stop);
    onStop(stop);
  }

  const closes = form.closesAt.local;
  return (
    <form className="survey" noValidate onSubmit={submit}>
      <p className="meta">
        {t('survey.closes', {
          date: formatDate(language, form.closesAt.utc, closes.zone),
          time: formatTime(language, form.closesAt.utc, closes.zone),
        })}
      </p>
      {form.questions.some((q) => q.required) && <p className="help">{t('survey.requiredNote')}</p>}
      <div ref={summary} tabIndex={-1} role={count ? 'alert' : undefined}>
        {count > 0 && (
          <>
            <p className="error">{count === 1 ? t('survey.fixOne') : t('survey.fix', { count })}</p>
            {other.length > 0 && (
              <ul className="error">
                {other.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {form.questions.map((q, i) => (
        <QuestionField
          key={q.id}
          question={q}
          number={i + 1}
          value={draft[q.id]}
          error={errors[q.id]}
          onChange={(value) => setDraft((d) => ({ ...d, [q.id]: value }))}
        />
      ))}
      <div aria-live="polite">
        {notice && <p className="error">{t(notice === 'throttled' ? 'app.throttled' : 'app.error')}</p>}
      </div>
      <button type="submit" disabled={sending}>
        {sending ? t('survey.sending') : t('survey.submit')}
      </button>
    </form>
  );
}

/** The messages of the stops, which a page may word its own way (`messages`). */
const STOP_MESSAGE: Record<Stop, MessageKey> = {
  thanks: 'survey.thanks',
  answered: 'survey.answered',
  closed: 'survey.closed',
  notOpen: 'survey.notOpen',
  notFound: 'survey.notFound',
  throttled: 'app.throttled',
  error: 'app.error',
};

export function Message({
  stop,
  form,
  messages,
}: {
  stop: Stop;
  form?: Form;
  messages?: Partial<Record<Stop, MessageKey>>;
}) {
  const { t, language } = useI18n();
  const opens = form?.opensAt;
  return (
    <div role={stop === 'thanks' ? 'status' : 'alert'}>
      <p className={stop === 'thanks' || stop === 'answered' ? 'ok' : 'error'}>
        {t(messages?.[stop] ?? STOP_MESSAGE[stop])}
      </p>
      {stop === 'notOpen' && opens && (
        <p>
          {t('survey.opens', {
            date: formatDate(language, opens.utc, opens.local.zone),
            time: formatTime(language, opens.utc, opens.local.zone),
          })}
        </p>
      )}
    </div>
  );
}

/** What a loaded form shows before anything is sent: answered, closed, or not open yet, from its own facts. */
function stopOfForm(form: Form, now = Date.now()): Stop | null {
  if (form.answered) return 'answered';
  if (form.status === 'closed' || now >= Date.parse(form.closesAt.utc)) return 'closed';
  if (now < Date.parse(form.opensAt.utc)) return 'notOpen';
  return null;
}

/** A survey's form, or why it takes no answer; the page says how answers are sent. */
export function SurveyContent({
  form,
  send,
  messages,
}: {
  form: Form;
  send: SendAnswers;
  messages?: Partial<Record<Stop, MessageKey>>;
}) {
  const { t } = useI18n();
  const [stop, setStop] = useState<Stop | null>(() => stopOfForm(form));
  return (
    <Page title={form.title}>
      <p>{t('survey.intro', { programme: form.programmeTitle })}</p>
      {form.anonymous && <p className="notice">{t('survey.anonymous')}</p>}
      {stop ? (
        <Message stop={stop} form={form} messages={messages} />
      ) : (
        <SurveyForm form={form} send={send} onStop={setStop} />
      )}
    </Page>
  );
}

/**
 * The public page of a personal survey invitation (`/survey/<token>`, the emailed link): no sign-in, the
 * token is the key. The form comes in the invitee's language, and the page speaks it too.
 */
export function SurveyPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    api.GET('/api/v1/survey-invitations/{token}', { params: { path: { token } } }).then(
      ({ data, error, response }) =>
        current &&
        setLoaded(
          data
            ? { state: 'ready', form: data }
            : { state: 'stopped', stop: stopOf(response.status, error as Problem | undefined) },
        ),
      () => current && setLoaded({ state: 'stopped', stop: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  if (loaded.state === 'ready')
    return (
      <I18nProvider language={languageOf(loaded.form.language)}>
        <div lang={languageOf(loaded.form.language)}>
          <SurveyContent
            form={loaded.form}
            send={(answers) =>
              api.POST('/api/v1/survey-invitations/{token}/responses', {
                params: { path: { token } },
                body: { answers },
              })
            }
          />
        </div>
      </I18nProvider>
    );
  return (
    <Page title={t('survey.title')}>
      {loaded.state === 'loading' ? <p role="status">{t('app.loading')}</p> : <Message stop={loaded.stop} />}
    </Page>
  );
}
