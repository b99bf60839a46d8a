import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useActivityFigures } from '../api/activity-figures';
import { FigureCard } from '../../../components/figure-card';

/** Meetings, overdue groups, patrols, propaganda and the commitment rate of a unit this year. */
export function ActivityFigureCards({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const figures = useActivityFigures(unitId);
  const data = figures.data;
  const number = (value: number | undefined) => (data ? formatNumber(value, i18n.language) : '…');
  return (
    <dl className="figure-cards" aria-label={t('meeting.title')}>
      <FigureCard label={t('activityFigures.meetingsHeld')}>{number(data?.meetingsHeld)}</FigureCard>
      <FigureCard label={t('activityFigures.groupsOverdue')}>{number(data?.groupsOverdue)}</FigureCard>
      <FigureCard label={t('activityFigures.patrols')}>{number(data?.patrols)}</FigureCard>
      <FigureCard label={t('activityFigures.propaganda')}>{number(data?.propagandaSessions)}</FigureCard>
      <FigureCard label={t('activityFigures.commitmentRate', { year: data?.commitmentYear ?? new Date().getFullYear() })}>
        {data ? (data.commitmentRate == null ? t('activityFigures.none') : formatPercent(data.commitmentRate * 100, i18n.language)) : '…'}
      </FigureCard>
    </dl>
  );
}
