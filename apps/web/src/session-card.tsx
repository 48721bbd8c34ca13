import type { ReactNode } from 'react';
import type { Schemas } from './api/client';
import { formatDate, formatPlainDate, formatTime } from './format';
import { useI18n } from './i18n';

type Item = Schemas['ScheduleItemResponse'];

/**
 * When a session is: in the reader's zone (with its date unless a day heading above gives it), the host's
 * date and time beside it with the host's zone named; all-day items by their dates.
 */
export function When({ item, withDate = false }: { item: Item; withDate?: boolean }) {
  const { t, language } = useI18n();
  if (item.allDay || !item.start || !item.end) {
    const dates =
      item.from === item.to || !item.to
        ? formatPlainDate(language, item.from ?? '')
        : `${formatPlainDate(language, item.from ?? '')} – ${formatPlainDate(language, item.to)}`;
    return (
      <p className="when">
        {t('schedule.allDay')}
        {item.from ? ` · ${dates}` : ''}
      </p>
    );
  }
  const { start, end } = item;
  return (
    <p className="when">
      <time dateTime={start.utc}>
        <strong>
          {withDate && `${formatDate(language, start.utc, start.local.zone)} `}
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

/**
 * One session of the reader's schedule as a card: its title (with its status unless scheduled), kind,
 * programme and room, and when it is; `children` adds the page's own actions below.
 */
export function SessionCard({
  item,
  heading: Heading,
  withDate,
  children,
}: {
  item: Item;
  /** The heading level under the page's structure: h3 under a day's h2, h2 in a flat list. */
  heading: 'h2' | 'h3';
  withDate?: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <li className={`card ${item.status}`}>
      <Heading>
        {item.title}
        {item.status !== 'scheduled' && (
          <span className={`badge ${item.status}`}> {t(`schedule.${item.status}`)}</span>
        )}
      </Heading>
      <p className="meta">
        {t(`kind.${item.kind}`)} · {item.programme.code}
        {item.location.room ? ` · ${item.location.room}` : ''}
      </p>
      <When item={item} withDate={withDate} />
      {children}
    </li>
  );
}
