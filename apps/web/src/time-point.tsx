import type { Schemas } from './api/client';
import { formatDate, formatTime } from './format';
import { useI18n } from './i18n';

/** An instant as the API gives it (TimePoint): in the reader's zone, the host's beside it when it differs. */
export function When({ at }: { at: Schemas['TimePointResponse'] }) {
  const { t, language } = useI18n();
  const mine = `${formatDate(language, at.utc, at.local.zone)}, ${formatTime(language, at.utc, at.local.zone)}`;
  return (
    <>
      <time dateTime={at.utc}>{mine}</time>
      {at.host.zone !== at.local.zone && (
        <span className="host">
          {' '}
          ({t('schedule.host')}: {formatDate(language, at.utc, at.host.zone)},{' '}
          {formatTime(language, at.utc, at.host.zone)})
        </span>
      )}
    </>
  );
}
