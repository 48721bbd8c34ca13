import { api } from '../../api/client';
import { useI18n } from '../../i18n';
import { Await, Page, useLoad } from '../../load';
import { Link } from '../../router';

/** The programmes the coordinator manages, with their staff pages. */
export function ManagePage() {
  const { t } = useI18n();
  const loaded = useLoad(
    async () => (await api.GET('/api/v1/programmes', { params: { query: { pageSize: 200 } } })).data,
    'managed',
  );
  return (
    <Page title={t('manage.title')}>
      <p className="actions">
        <Link href="/programmes/new" className="button">
          {t('manage.new')}
        </Link>
        <Link href="/menu">{t('nav.menu')}</Link>
      </p>
      <Await loaded={loaded}>
        {(page) => {
          const managed = page.items.filter((programme) => programme.access === 'manage');
          return managed.length === 0 ? (
            <p>{t('manage.none')}</p>
          ) : (
            <ul className="cards">
              {managed.map((programme) => (
                <li key={programme.id} className="card">
                  <h2>{programme.title}</h2>
                  <p className="meta">
                    {programme.code} · {t(`manage.status.${programme.status}`)} ·{' '}
                    {t('programmes.hostZone', { zone: programme.hostTimeZone })}
                  </p>
                  <p className="actions">
                    <Link
                      href={`/programmes/${programme.id}/dashboard`}
                      aria-label={t('manage.dashboardNamed', { title: programme.title })}
                    >
                      {t('manage.dashboard')}
                    </Link>
                    <Link
                      href={`/programmes/${programme.id}/sessions`}
                      aria-label={t('manage.sessionsNamed', { title: programme.title })}
                    >
                      {t('manage.sessions')}
                    </Link>
                    <Link
                      href={`/programmes/${programme.id}/deliveries`}
                      aria-label={t('manage.deliveriesNamed', { title: programme.title })}
                    >
                      {t('manage.deliveries')}
                    </Link>
                    <Link
                      href={`/programmes/${programme.id}/enrolments/import`}
                      aria-label={t('manage.importNamed', { title: programme.title })}
                    >
                      {t('manage.import')}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </Await>
    </Page>
  );
}
