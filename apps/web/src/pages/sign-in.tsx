import { useState, type FormEvent } from 'react';
import { LANGUAGES, useI18n, type Language } from '../i18n';
import { Page } from '../load';
import { Link } from '../router';
import { useSession, type SignInResult } from '../session';

export function SignInPage({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const { t, language } = useI18n();
  const { signIn } = useSession();
  const [result, setResult] = useState<SignInResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const outcome = await signIn(String(form.get('email')), String(form.get('password'))).catch(
      () => 'failed' as const,
    );
    setBusy(false);
    setResult(outcome);
  }

  const message =
    result === 'wrong'
      ? t('signIn.wrong')
      : result === 'throttled'
        ? t('signIn.throttled')
        : result === 'failed'
          ? t('app.error')
          : null;

  return (
    <Page title={t('signIn.title')}>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="email">{t('signIn.email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} />
        </div>
        <div className="field">
          <label htmlFor="password">{t('signIn.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={256}
          />
        </div>
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <div className="field">
        <label htmlFor="sign-in-language">{t('signIn.language')}</label>
        <select
          id="sign-in-language"
          value={language}
          onChange={(e) => onLanguage(e.target.value as Language)}
        >
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </Page>
  );
}
