import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { languageName } from '../format';
import { LANGUAGES, useI18n } from '../i18n';
import { Page } from '../load';
import { useSession, useUser } from '../session';

const zones = (): string[] => Intl.supportedValuesOf('timeZone');

export function SettingsPage() {
  const { t } = useI18n();
  const user = useUser();
  const { setUser } = useSession();
  const [status, setStatus] = useState<
    { kind: 'saved' } | { kind: 'invalid'; fields: string } | { kind: 'error' } | null
  >(null);
  // A locale the app has no texts for (say `dv`) stays selectable: it still picks materials and emails.
  const locales = useMemo(
    () =>
      Object.entries<string>(LANGUAGES).concat(
        user.locale in LANGUAGES ? [] : [[user.locale, languageName(user.locale, user.locale)]],
      ),
    [user.locale],
  );
  const allZones = useMemo(() => {
    const list = zones();
    return list.includes(user.timeZone) ? list : [user.timeZone, ...list];
  }, [user.timeZone]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { data, error } = await api.PATCH('/api/v1/me', {
      body: { locale: String(form.get('locale')), timeZone: String(form.get('timeZone')) },
    });
    if (data) {
      setUser(data);
      setStatus({ kind: 'saved' });
    } else if (error?.errors?.length)
      setStatus({ kind: 'invalid', fields: error.errors.map((e) => `${e.field}: ${e.reason}`).join('; ') });
    else setStatus({ kind: 'error' });
  }

  return (
    <Page title={t('settings.title')}>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="locale">{t('settings.language')}</label>
          <select id="locale" name="locale" defaultValue={user.locale}>
            {locales.map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="timeZone">{t('settings.timeZone')}</label>
          <select id="timeZone" name="timeZone" defaultValue={user.timeZone} aria-describedby="timeZone-help">
            {allZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <p id="timeZone-help" className="help">
            {t('settings.timeZoneHelp')}
          </p>
        </div>
        <button type="submit">{t('settings.save')}</button>
        <div aria-live="polite">
          {status?.kind === 'saved' && <p className="ok">{t('settings.saved')}</p>}
          {status?.kind === 'invalid' && (
            <p className="error">{t('settings.invalid', { fields: status.fields })}</p>
          )}
          {status?.kind === 'error' && <p className="error">{t('app.error')}</p>}
        </div>
      </form>
    </Page>
  );
}
