import { api, type Schemas } from '../api/client';
import { formatDate, formatPlainDate, formatTime } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';

type Item = Schemas['ScheduleItemResponse'];

/** An instructor's sessions: the schedule's items they teach, in their zone with the host's beside it. */
export function TeachingPage() {
  const { t, language } = useI18n();
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
                  <li key={item.id} className={`card ${item.status}`}>
                    <h2>
                      {item.title}
                      {item.status !== 'scheduled' && (
                        <span className={`badge ${item.status}`}> {t(`schedule.${item.status}`)}</span>
                      )}
                    </h2>
                    <p className="meta">
                      {t(`kind.${item.kind}`)} · {item.programme.code}
                      {item.location.room ? ` · ${item.location.room}` : ''}
                    </p>
                    <SessionWhen item={item} language={language} />
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
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Await>
    </Page>
  );
}

function SessionWhen({ item, language }: { item: Item; language: string }) {
  const { t } = useI18n();
  if (!item.start || !item.end)
    return (
      <p className="when">
        {t('schedule.allDay')}
        {item.from ? ` · ${formatPlainDate(language, item.from)}` : ''}
      </p>
    );
  const { start, end } = item;
  return (
    <p className="when">
      <time dateTime={start.utc}>
        <strong>
          {formatDate(language, start.utc, start.local.zone)}{' '}
          {formatTime(language, start.utc, start.local.zone)} –{' '}
          {formatTime(language, end.utc, end.local.zone)}
        </strong>
      </time>
      <span className="host">
        {t('schedule.host')}: {formatDate(language, start.utc, start.host.zone)}{' '}
        {formatTime(language, start.utc, start.host.zone)} – {formatTime(language, end.utc, end.host.zone)} (
        {start.host.zone})
      </span>
    </p>
  );
}
