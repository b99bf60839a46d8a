import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useMediationFigures } from '../api/get-mediation-figures';
import { DISPUTE_TYPES, OUTCOMES } from '../api/get-mediation-cases';
import { FigureCard } from '../../../components/figure-card';

/** Figure cards of the unit's mediation this year; placed inside the activity figures section. */
export function MediationFigureCards({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const figures = useMediationFigures(unitId);
  const data = figures.data;
  const number = (value: number | undefined) => (data ? formatNumber(value, i18n.language) : '…');
  return (
    <>
      <dl className="figure-cards" aria-label={t('mediation.title')}>
        <FigureCard label={t('activityFigures.received')}>{number(data?.received)}</FigureCard>
        <FigureCard label={t('activityFigures.closed')}>{number(data?.closed)}</FigureCard>
        <FigureCard label={t('activityFigures.successRate')}>{data ? (data.successRate == null ? t('activityFigures.none') : formatPercent(data.successRate * 100, i18n.language)) : '…'}</FigureCard>
        <FigureCard label={t('activityFigures.medianDays')}>{data ? (data.medianDaysToClose == null ? t('activityFigures.none') : formatNumber(data.medianDaysToClose, i18n.language)) : '…'}</FigureCard>
      </dl>
      {data && (data.received ?? 0) + (data.closed ?? 0) > 0 && (
        <div className="breakdowns">
          <table className="table breakdown">
            <caption>{t('activityFigures.byType')}</caption>
            <tbody>
              {DISPUTE_TYPES.filter((type) => data.byType?.[type]).map((type) => (
                <tr key={type}>
                  <th scope="row">{t(`disputeType.${type}`)}</th>
                  <td className="numeric">{formatNumber(data.byType![type], i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table breakdown">
            <caption>{t('activityFigures.byOutcome')}</caption>
            <tbody>
              {OUTCOMES.filter((outcome) => data.byOutcome?.[outcome]).map((outcome) => (
                <tr key={outcome}>
                  <th scope="row">{t(`mediationOutcome.${outcome}`)}</th>
                  <td className="numeric">{formatNumber(data.byOutcome![outcome], i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
