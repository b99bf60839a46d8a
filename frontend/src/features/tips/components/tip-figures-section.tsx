import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { formatNumber } from '../../../lib/numbers';
import { useTipFigures } from '../api/get-tip-figures';
import { TIP_CATEGORIES, TIP_OUTCOMES, TIP_STATUSES } from '../api/get-tips';
import { FigureCard } from '../../../components/figure-card';

function Breakdown({ title, counts, label }: { title: string; counts: [string, number][]; label: (key: string) => string }) {
  const { i18n } = useTranslation();
  if (counts.length === 0) return null;
  return (
    <table className="table breakdown">
      <caption>{title}</caption>
      <tbody>
        {counts.map(([key, count]) => (
          <tr key={key}>
            <th scope="row">{label(key)}</th>
            <td className="numeric">{formatNumber(count, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The tips handled by a unit's communes: totals, arrests or cases made, and counts by status, category and outcome. */
export function TipFiguresSection({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const figures = useTipFigures(unitId);
  const inOrder = (keys: readonly string[], counts: Record<string, number> | undefined): [string, number][] =>
    keys.filter((key) => counts?.[key]).map((key) => [key, counts![key]]);
  return (
    <section className="card" aria-labelledby={`tip-figures-${unitId}`}>
      <h2 id={`tip-figures-${unitId}`}>{t('tipFigures.title')}</h2>
      {!figures.isSuccess ? (
        <QueryStatus isPending={figures.isPending} isError={figures.isError} onRetry={() => void figures.refetch()} />
      ) : (
        <>
          <dl className="figure-cards">
            <FigureCard label={t('tipFigures.total')}>{formatNumber(figures.data.total, i18n.language)}</FigureCard>
            <FigureCard label={t('tipFigures.arrestsOrCases')}>{formatNumber(figures.data.arrestsOrCases, i18n.language)}</FigureCard>
          </dl>
          {figures.data.total === 0 ? (
            <p className="status">{t('tipFigures.none')}</p>
          ) : (
            <div className="breakdowns">
              <Breakdown
                title={t('tipFigures.byStatus')}
                counts={inOrder(TIP_STATUSES, figures.data.byStatus)}
                label={(key) => t(`tipStatus.${key as (typeof TIP_STATUSES)[number]}`)}
              />
              <Breakdown
                title={t('tipFigures.byOutcome')}
                counts={inOrder(TIP_OUTCOMES, figures.data.byOutcome)}
                label={(key) => t(`tipOutcome.${key as (typeof TIP_OUTCOMES)[number]}`)}
              />
              <Breakdown
                title={t('tipFigures.byCategory')}
                counts={inOrder(TIP_CATEGORIES, figures.data.byCategory)}
                label={(key) => t(`tipCategory.${key as (typeof TIP_CATEGORIES)[number]}`)}
              />
            </div>
          )}
          <div className="actions">
            <Link to={`/tips?unitId=${unitId}`} className="button button-quiet">
              {t('tipFigures.open')}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
