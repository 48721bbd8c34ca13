import { api } from '../api/client';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { SessionCard } from '../session-card';

/** An instructor's sessions: the schedule's items they teach, in their zone with the host's beside it. */
export function TeachingPage() {
  const { t } = useI18n();
  const loaded = useLoad(async () => (await api.GET('/api/v1/me/schedule')).data, 'teaching');
  return (
    <Page title={t('teaching.title')}>
      <Await loaded={loaded}>
        {(schedule) => {
          const items = schedule.items.filter((item) => item.teaching);
          return (
            <>
              <p>{t('schedule.inYourZone', { zone: schedule.timeZone })}</p>
              {items.length === 0 && <p>{t('teaching.none')}</p>}
              <ul className="cards">
                {items.map((item) => (
                  <SessionCard key={item.id} item={item} heading="h2" withDate>
                    <p className="actions">
                      <Link
                        href={`/teaching/programmes/${item.programme.id}/materials`}
                        aria-label={t('content.linkNamed', { code: item.programme.code })}
                      >
                        {t('content.link')}
                      </Link>{' '}
                      <Link
                        href={`/teaching/programmes/${item.programme.id}/reports`}
                        aria-label={t('grading.linkNamed', { code: item.programme.code })}
                      >
                        {t('grading.link')}
                      </Link>
                    </p>
                    {item.status !== 'cancelled' && (
                      <p className="actions">
                        <Link
                          className="button"
                          href={`/teaching/sessions/${item.id}`}
                          aria-label={t('teaching.takeNamed', { title: item.title })}
                        >
                          {t('teaching.take')}
                        </Link>
                      </p>
                    )}
                  </SessionCard>
                ))}
              </ul>
            </>
          );
        }}
      </Await>
    </Page>
  );
}
