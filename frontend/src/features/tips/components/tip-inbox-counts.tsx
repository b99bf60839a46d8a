import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../../components/figure-card';
import { formatNumber } from '../../../lib/numbers';
import { useTipInbox } from '../api/get-tip-inbox';

/** New, unread and overdue tips of the officer's units; refreshed every 30 s. */
export function TipInboxCounts() {
  const { t, i18n } = useTranslation();
  const inbox = useTipInbox(true);
  const counts = [
    { key: 'tip.inboxNew', value: inbox.data?.newTips },
    { key: 'tip.inboxUnread', value: inbox.data?.unread },
    { key: 'tip.inboxOverdue', value: inbox.data?.overdue },
  ] as const;
  return (
    <dl className="figure-cards" aria-label={t('tip.inbox')} aria-live="polite">
      {counts.map(({ key, value }) => (
        <FigureCard key={key} label={t(key)}>
          {inbox.data ? formatNumber(value, i18n.language) : '…'}
        </FigureCard>
      ))}
    </dl>
  );
}
