import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useReintegrationFigures } from '../api/get-reintegration-figures';
import { FigureCard } from '../../../components/figure-card';

/** Officers' figures for a unit this year: people followed, completed, relapsed (and the rate), overdue contacts. */
export function ReintegrationFiguresSection({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const figures = useReintegrationFigures(unitId);
  const data = figures.data;
  const number = (value: number | undefined) => (data ? formatNumber(value, i18n.language) : '…');
  return (
    <section className="card" aria-labelledby={`reintegration-figures-${unitId}`}>
      <h2 id={`reintegration-figures-${unitId}`}>{t('reintegrationFigures.title')}</h2>
      <dl className="figure-cards">
        <FigureCard label={t('reintegrationFigures.peopleFollowed')}>{number(data?.peopleFollowed)}</FigureCard>
        <FigureCard label={t('reintegrationFigures.completed')}>{number(data?.completed)}</FigureCard>
        <FigureCard label={t('reintegrationFigures.relapsed')}>{number(data?.relapsed)}</FigureCard>
        <FigureCard label={t('reintegrationFigures.relapseRate')}>{data ? (data.relapseRate == null ? t('activityFigures.none') : formatPercent(data.relapseRate * 100, i18n.language)) : '…'}</FigureCard>
        <FigureCard label={t('reintegrationFigures.overdueContacts')}>{number(data?.overdueContacts)}</FigureCard>
      </dl>
    </section>
  );
}
