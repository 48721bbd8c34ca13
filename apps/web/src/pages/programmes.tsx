import { api } from '../api/client';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';

export function ProgrammesPage() {
  const { t } = useI18n();
  const loaded = useLoad(
    async () => (await api.GET('/api/v1/me/enrolments', { params: { query: { pageSize: 200 } } })).data,
    'mine',
  );
  return (
    <Page title={t('programmes.title')}>
      <Await loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('programmes.none')}</p>
          ) : (
            <ul className="cards">
              {page.items.map((enrolment) => (
                <li key={enrolment.id} className="card">
                  <h2>{enrolment.programme.title}</h2>
                  <p className="meta">
                    <span>{enrolment.programme.code}</span> ·{' '}
                    <span className={`badge ${enrolment.status}`}>{t(`status.${enrolment.status}`)}</span>
                  </p>
                  {enrolment.waitlistPosition != null && (
                    <p>{t('programmes.waitlist', { position: enrolment.waitlistPosition })}</p>
                  )}
                  <p>{t('programmes.hostZone', { zone: enrolment.programme.hostTimeZone })}</p>
                  {(enrolment.status === 'active' || enrolment.status === 'completed') && (
                    <p className="actions">
                      <Link href={`/programmes/${enrolment.programme.id}/materials`}>
                        {t('programmes.materials', { title: enrolment.programme.title })}
                      </Link>
                      <Link href={`/programmes/${enrolment.programme.id}/tests`}>
                        {t('programmes.tests', { title: enrolment.programme.title })}
                      </Link>
                      <Link href={`/programmes/${enrolment.programme.id}/reports`}>
                        {t('programmes.reports', { title: enrolment.programme.title })}
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Await>
    </Page>
  );
}
