import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { TipEvent } from '../api/get-tip';

/** Every change and message, oldest first, with who and when (the citizen of the public page has no name). */
export function TipHistory({ events }: { events: TipEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p className="status">{t('tip.noHistory')}</p>;
  return (
    <ol className="item-list history" aria-label={t('tip.history')}>
      {events.map((event) => (
        <li key={event.id} className={`item history-${event.kind?.toLowerCase()}`}>
          <span className="item-title">
            {t(`tipEvent.${event.kind!}`)}
            {event.kind === 'STATUS' &&
              event.toStatus &&
              `: ${event.fromStatus ? t(`tipStatus.${event.fromStatus}`) : ''} → ${t(`tipStatus.${event.toStatus}`)}`}
          </span>
          <span className="item-meta">
            {formatDateTime(event.occurredAt!, i18n.language)} · {event.actor ?? t('tip.citizen')}
          </span>
          {event.comment && <p className="notes">{event.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
