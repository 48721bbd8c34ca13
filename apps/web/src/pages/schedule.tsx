import { api, type Schemas } from '../api/client';
import { dayKey, formatDate, formatPlainDate, formatTime } from '../format';
import { icsHref, sessionIcs } from '../ics';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';

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

function When({ item }: { item: Item }) {
  const { t, language } = useI18n();
  if (item.allDay || !item.start || !item.end) {
    const dates =
      item.from === item.to || !item.to
        ? formatPlainDate(language, item.from ?? '')
        : `${formatPlainDate(language, item.from ?? '')} – ${formatPlainDate(language, item.to)}`;
    return (
      <p className="when">
        {t('schedule.allDay')} · {dates}
      </p>
    );
  }
  const { start, end } = item;
  return (
    <p className="when">
      <time dateTime={start.utc}>
        <strong>
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
                    <li key={item.id} className={`card ${item.status}`}>
                      <h3>
                        {item.title}
                        {item.status !== 'scheduled' && (
                          <span className={`badge ${item.status}`}> {t(`schedule.${item.status}`)}</span>
                        )}
                      </h3>
                      <p className="meta">
                        {t(`kind.${item.kind}`)} · {item.programme.code}
                        {item.location.room ? ` · ${item.location.room}` : ''}
                      </p>
                      <When item={item} />
                      <AddToCalendar item={item} />
                    </li>
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
