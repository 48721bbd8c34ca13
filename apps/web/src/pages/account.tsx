import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, type Problem } from '../api/client';
import { useI18n, type Translate } from '../i18n';
import { Page } from '../load';
import { Link } from '../router';
import { Field, fieldErrors } from './staff/fields';

/** The API's password rule (libs/domain/src/users/password-policy.ts), checked here before sending. */
const MIN_PASSWORD_LENGTH = 12;

/** The API's reasons for a refused password, in the reader's language (the API's own words otherwise). */
function passwordReason(t: Translate, reason: string): string {
  if (reason.startsWith('must be at least')) return t('account.tooShort');
  if (reason.startsWith('must be at most')) return t('account.tooLong');
  if (reason.includes('common passwords')) return t('account.common');
  if (reason.includes('too few different')) return t('account.repetitive');
  if (reason.includes('email address')) return t('account.containsEmail');
  return reason;
}

/** The token of the emailed link (`?token=…`), or null. */
const linkToken = (): string | null => new URLSearchParams(globalThis.location.search).get('token');

/** Moves focus to the first field marked invalid once `errors` are shown. */
function useFocusFirstError(errors: Record<string, string>) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}

type Outcome = 'done' | 'invalid' | 'throttled' | 'error';

/** A new password typed twice, sent with the link's token; the rules shown before the fields. */
function SetPasswordPage({
  title,
  intro,
  submit,
  send,
  invalidCode,
  done,
  invalid,
}: {
  title: string;
  intro?: string;
  submit: string;
  send: (body: { token: string; password: string }) => Promise<{ error?: Problem; response: Response }>;
  invalidCode: string;
  done: string;
  invalid: ReactNode;
}) {
  const { t } = useI18n();
  const [token] = useState(linkToken);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstError(errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget);
    const password = String(value.get('password') ?? '');
    const found: Record<string, string> = {};
    if ([...password].length < MIN_PASSWORD_LENGTH) found.password = t('account.tooShort');
    if (String(value.get('confirm') ?? '') !== password) found.confirm = t('account.mismatch');
    setOutcome(null);
    setErrors(found);
    if (Object.keys(found).length > 0 || !token) return;
    setBusy(true);
    const { error, response } = await send({ token, password }).catch(() => ({
      error: undefined,
      response: new Response(null, { status: 599 }),
    }));
    setBusy(false);
    if (response.ok) {
      // The link is spent: drop its token from the address bar and the history entry.
      globalThis.history.replaceState(null, '', globalThis.location.pathname);
      setOutcome('done');
      return;
    }
    const problems = fieldErrors(error);
    if ((error?.code as unknown) === invalidCode || problems.token) return setOutcome('invalid');
    if (response.status === 429) return setOutcome('throttled');
    if (problems.password) return setErrors({ password: passwordReason(t, problems.password) });
    setOutcome('error');
  }

  if (!token && outcome !== 'done')
    return (
      <Page title={title}>
        <p role="alert">{t('account.noToken')}</p>
      </Page>
    );
  if (outcome === 'done')
    return (
      <Page title={title}>
        <p role="status" className="ok">
          {done}
        </p>
        <p>
          <Link href="/">{t('account.signIn')}</Link>
        </p>
      </Page>
    );
  return (
    <Page title={title}>
      {intro && <p>{intro}</p>}
      {outcome === 'invalid' ? (
        <div role="alert">{invalid}</div>
      ) : (
        <form ref={form} className="stack" noValidate onSubmit={onSubmit}>
          <p id="password-rules" className="help">
            {t('account.rules')}
          </p>
          <Field name="password" label={t('account.password')} errors={errors} help="password-rules">
            {(control) => (
              <input {...control} type="password" autoComplete="new-password" required maxLength={256} />
            )}
          </Field>
          <Field name="confirm" label={t('account.confirm')} errors={errors}>
            {(control) => (
              <input {...control} type="password" autoComplete="new-password" required maxLength={256} />
            )}
          </Field>
          <div aria-live="polite">
            {outcome === 'throttled' && <p className="error">{t('signIn.throttled')}</p>}
            {outcome === 'error' && <p className="error">{t('app.error')}</p>}
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t('account.sending') : submit}
          </button>
        </form>
      )}
    </Page>
  );
}

/** The invitation email's link: the invitee chooses a first password, then signs in. */
export function AcceptInvitationPage() {
  const { t } = useI18n();
  return (
    <SetPasswordPage
      title={t('invitation.title')}
      intro={t('invitation.intro')}
      submit={t('invitation.submit')}
      send={(body) => api.POST('/api/v1/auth/invitation/accept', { body })}
      invalidCode="AUTH.INVITATION_INVALID"
      done={t('invitation.done')}
      invalid={
        <>
          <p className="error">{t('invitation.invalid')}</p>
          <p>
            <Link href="/">{t('account.signIn')}</Link>
          </p>
        </>
      }
    />
  );
}

/** The reset email's link: a new password; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  return (
    <SetPasswordPage
      title={t('reset.title')}
      submit={t('reset.submit')}
      send={(body) => api.POST('/api/v1/auth/password-reset/confirm', { body })}
      invalidCode="AUTH.RESET_TOKEN_INVALID"
      done={t('reset.done')}
      invalid={
        <>
          <p className="error">{t('reset.invalid')}</p>
          <p>
            <Link href="/forgot-password">{t('reset.again')}</Link>
          </p>
        </>
      }
    />
  );
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<'sent' | 'throttled' | 'error' | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstError(errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    setOutcome(null);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return setErrors({ email: t('forgot.badEmail') });
    setErrors({});
    setBusy(true);
    const { error, response } = await api
      .POST('/api/v1/auth/password-reset', { body: { email } })
      .catch(() => ({ error: undefined, response: new Response(null, { status: 599 }) }));
    setBusy(false);
    if (response.ok) return setOutcome('sent');
    if (fieldErrors(error).email) return setErrors({ email: t('forgot.badEmail') });
    setOutcome(response.status === 429 ? 'throttled' : 'error');
  }

  return (
    <Page title={t('forgot.title')}>
      {outcome === 'sent' ? (
        <p role="status" className="ok">
          {t('forgot.sent')}
        </p>
      ) : (
        <form ref={form} className="stack" noValidate onSubmit={onSubmit}>
          <p>{t('forgot.intro')}</p>
          <Field name="email" label={t('forgot.email')} errors={errors}>
            {(control) => <input {...control} type="email" autoComplete="email" required maxLength={254} />}
          </Field>
          <div aria-live="polite">
            {outcome === 'throttled' && <p className="error">{t('signIn.throttled')}</p>}
            {outcome === 'error' && <p className="error">{t('app.error')}</p>}
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t('account.sending') : t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link href="/">{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
