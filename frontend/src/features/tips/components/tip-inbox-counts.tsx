import { useTranslation } from 'react-i18next';
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
        <div key={key} className="figure-card">
          <dt>{t(key)}</dt>
          <dd>{inbox.data ? formatNumber(value, i18n.language) : '…'}</dd>
        </div>
      ))}
    </dl>
  );
}
