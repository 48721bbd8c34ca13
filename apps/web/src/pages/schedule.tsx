import { api, type Schemas } from '../api/client';
import { dayKey, formatPlainDate } from '../format';
import { icsHref, sessionIcs } from '../ics';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { SessionCard } from '../session-card';

type Item = Schemas['ScheduleItemResponse'];

/** Items by the day they fall on in the trainee's zone (all-day items by their first date). */
function byDay(items: Item[], zone: string): [string, Item[]][] {
  const days = new Map<string, Item[]>();
  for (const item of items) {
    const key = item.start ? dayKey(item.start.utc, zone) : (item.from ?? '');
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return [...days.entries()];
}

function AddToCalendar({ item }: { item: Item }) {
  const { t } = useI18n();
  const ics = sessionIcs(item);
  if (!ics && !item.meetingUrl) return null;
  return (
    <p className="actions">
      {item.meetingUrl && (
        <a href={item.meetingUrl} rel="noopener noreferrer" target="_blank">
          {t('schedule.join')}
        </a>
      )}
      {ics && (
        <a
          href={icsHref(ics)}
          download={`kenshu-${item.id}.ics`}
          aria-label={t('schedule.addOneNamed', { title: item.title })}
        >
          {t('schedule.addOne')}
        </a>
      )}
    </p>
  );
}

function CalendarLink() {
  const { t } = useI18n();
  const feed = useLoad(async () => (await api.GET('/api/v1/me/calendar-feed')).data, 'feed');
  if (feed.state !== 'ready') return null;
  return (
    <section aria-labelledby="calendar-heading" className="card">
      <h2 id="calendar-heading">{t('schedule.calendar')}</h2>
      <p>{t('schedule.calendarHelp')}</p>
      <p className="actions">
        <a className="button" href={feed.data.webcalUrl}>
          {t('schedule.subscribe')}
        </a>
      </p>
      <label htmlFor="feed-url">{t('schedule.feedLink')}</label>
      <input id="feed-url" readOnly value={feed.data.url} onFocus={(e) => e.currentTarget.select()} />
    </section>
  );
}

export function SchedulePage() {
  const { t, language } = useI18n();
  const loaded = useLoad(async () => (await api.GET('/api/v1/me/schedule')).data, 'schedule');
  return (
    <Page title={t('schedule.title')}>
      <Await loaded={loaded}>
        {(schedule) => (
          <>
            <p>{t('schedule.inYourZone', { zone: schedule.timeZone })}</p>
            {schedule.items.length === 0 && <p>{t('schedule.none')}</p>}
            {byDay(schedule.items, schedule.timeZone).map(([day, items]) => (
              <section key={day} aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`}>{formatPlainDate(language, day)}</h2>
                <ul className="cards">
                  {items.map((item) => (
                    <SessionCard key={item.id} item={item} heading="h3">
                      <AddToCalendar item={item} />
                    </SessionCard>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </Await>
      <CalendarLink />
    </Page>
  );
}
