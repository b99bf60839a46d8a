import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useActivityFigures } from '../api/activity-figures';

/** Meetings, overdue groups, patrols, propaganda and the commitment rate of a unit this year. */
export function ActivityFigureCards({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const figures = useActivityFigures(unitId);
  const data = figures.data;
  const number = (value: number | undefined) => (data ? formatNumber(value, i18n.language) : '…');
  return (
    <dl className="figure-cards" aria-label={t('meeting.title')}>
      <div className="figure-card">
        <dt>{t('activityFigures.meetingsHeld')}</dt>
        <dd>{number(data?.meetingsHeld)}</dd>
      </div>
      <div className="figure-card">
        <dt>{t('activityFigures.groupsOverdue')}</dt>
        <dd>{number(data?.groupsOverdue)}</dd>
      </div>
      <div className="figure-card">
        <dt>{t('activityFigures.patrols')}</dt>
        <dd>{number(data?.patrols)}</dd>
      </div>
      <div className="figure-card">
        <dt>{t('activityFigures.propaganda')}</dt>
        <dd>{number(data?.propagandaSessions)}</dd>
      </div>
      <div className="figure-card">
        <dt>{t('activityFigures.commitmentRate', { year: data?.commitmentYear ?? new Date().getFullYear() })}</dt>
        <dd>
          {data
            ? data.commitmentRate == null
              ? t('activityFigures.none')
              : formatPercent(data.commitmentRate * 100, i18n.language)
            : '…'}
        </dd>
      </div>
    </dl>
  );
}
