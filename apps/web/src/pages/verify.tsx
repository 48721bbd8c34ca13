import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { formatPlainDate } from '../format';
import { useI18n } from '../i18n';
import { Page } from '../load';

type Verification = Schemas['VerificationResponse'];
type Checked =
  | { state: 'loading' }
  | { state: 'valid'; data: Verification }
  | { state: 'revoked' | 'unknown' | 'throttled' | 'error' };

/**
 * The public verification of a certificate (`/verify/<code>`, the address printed on it and emailed):
 * valid with the name, programme and completion date as printed, or revoked (410), or unknown (404).
 */
export function VerifyPage({ code }: { code: string }) {
  const { t, language } = useI18n();
  const [checked, setChecked] = useState<Checked>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setChecked({ state: 'loading' });
    api.GET('/api/v1/certificates/verify/{code}', { params: { path: { code } } }).then(
      ({ data, response }) =>
        current &&
        setChecked(
          data
            ? { state: 'valid', data }
            : {
                state:
                  response.status === 410
                    ? 'revoked'
                    : response.status === 404
                      ? 'unknown'
                      : response.status === 429
                        ? 'throttled'
                        : 'error',
              },
        ),
      () => current && setChecked({ state: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [code]);

  return (
    <Page title={t('verify.title')}>
      <p className="meta">{t('verify.code', { code })}</p>
      {checked.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {checked.state === 'valid' && (
        <div className="card verdict">
          <p className="ok" role="status">
            <strong>{t('verify.valid')}</strong>
          </p>
          <dl>
            <dt>{t('verify.name')}</dt>
            <dd>{checked.data.name}</dd>
            <dt>{t('verify.programme')}</dt>
            <dd>{checked.data.programme}</dd>
            <dt>{t('verify.completedOn')}</dt>
            <dd>
              <time dateTime={checked.data.completedOn}>
                {formatPlainDate(language, checked.data.completedOn)}
              </time>
            </dd>
          </dl>
        </div>
      )}
      {checked.state !== 'loading' && checked.state !== 'valid' && (
        <p className="error" role="alert">
          <strong>
            {t(
              checked.state === 'revoked'
                ? 'verify.revoked'
                : checked.state === 'unknown'
                  ? 'verify.unknown'
                  : checked.state === 'throttled'
                    ? 'app.throttled'
                    : 'app.error',
            )}
          </strong>
        </p>
      )}
    </Page>
  );
}
