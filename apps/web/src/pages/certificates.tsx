import { useState } from 'react';
import { api, download, type Schemas } from '../api/client';
import { formatDate, formatPlainDate, languageName } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { useUser } from '../session';

type Certificate = Schemas['CertificateResponse'];

function CertificateItem({ certificate, onFailed }: { certificate: Certificate; onFailed: () => void }) {
  const { t, language } = useI18n();
  const user = useUser();
  const revoked = certificate.status === 'revoked';
  return (
    <li className="card">
      <h2>{certificate.printedProgramme}</h2>
      {revoked ? (
        <p className="error">
          <strong>{t('certificates.revoked')}</strong>
          {certificate.revokedAt && <> · {formatDate(language, certificate.revokedAt, user.timeZone)}</>}
        </p>
      ) : (
        <p className="ok">
          <strong>{t('certificates.valid')}</strong>
        </p>
      )}
      <dl className="facts">
        <dt>{t('verify.name')}</dt>
        <dd>{certificate.printedName}</dd>
        <dt>{t('verify.completedOn')}</dt>
        <dd>
          <time dateTime={certificate.completedOn}>{formatPlainDate(language, certificate.completedOn)}</time>
        </dd>
        <dt>{t('certificates.language')}</dt>
        <dd>{languageName(language, certificate.language)}</dd>
        <dt>{t('certificates.code')}</dt>
        <dd>
          <code>{certificate.verificationCode}</code>
        </dd>
      </dl>
      {!revoked && (
        <p className="actions">
          <a href={certificate.verifyUrl}>{t('certificates.verifyLink')}</a>
          {certificate.pdf ? (
            <button
              type="button"
              aria-label={t('certificates.downloadNamed', { title: certificate.printedProgramme })}
              onClick={async () => {
                if (
                  !(await download(
                    `/api/v1/certificates/${certificate.id}/pdf`,
                    `certificate-${certificate.verificationCode}.pdf`,
                  ))
                )
                  onFailed();
              }}
            >
              {t('certificates.download')}
            </button>
          ) : (
            <span className="meta">{t('certificates.preparing')}</span>
          )}
        </p>
      )}
    </li>
  );
}

/** My certificates (revoked ones marked so): the code and address to verify them, the PDF to download. */
export function CertificatesPage() {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const loaded = useLoad(async () => (await api.GET('/api/v1/me/certificates')).data, 'mine');
  return (
    <Page title={t('certificates.title')}>
      {failed && (
        <p role="alert" className="error">
          {t('materials.failed')}
        </p>
      )}
      <Await loaded={loaded}>
        {(certificates) =>
          certificates.length === 0 ? (
            <p>{t('certificates.none')}</p>
          ) : (
            <ul className="cards">
              {certificates.map((certificate) => (
                <CertificateItem
                  key={certificate.id}
                  certificate={certificate}
                  onFailed={() => setFailed(true)}
                />
              ))}
            </ul>
          )
        }
      </Await>
    </Page>
  );
}
