import { useTranslation } from 'react-i18next';
import type { TipSummary } from '../api/get-tips';

/** Status (with the outcome once closed), and the unread and overdue marks of the inbox. */
export function TipBadges({ tip }: { tip: TipSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge-tip-${tip.status?.toLowerCase()}`}>
        {t(`tipStatus.${tip.status!}`)}
        {tip.outcome && ` · ${t(`tipOutcome.${tip.outcome}`)}`}
      </span>
      {tip.unread && <span className="badge badge-unread">{t('tip.unread')}</span>}
      {tip.overdue && <span className="badge badge-warning">{t('tip.overdue')}</span>}
    </>
  );
}
