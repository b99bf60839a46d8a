import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../components/progress-bar';
import { QueryStatus } from '../../../components/query-status';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useCoverage } from '../api/get-coverage';

/** The unit's totals: how many hamlets and households active groups reach. */
export function CoverageCard({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const coverage = useCoverage(unitId);
  const n = (value?: number) => formatNumber(value, i18n.language);
  const pct = (value?: number) => formatPercent(value, i18n.language);
  const c = coverage.data;
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      <QueryStatus isPending={coverage.isPending} isError={coverage.isError} onRetry={() => void coverage.refetch()} />
      {c && (
        <>
          <div className="coverage-bars">
            <ProgressBar
              label={t('coverage.hamletsWithActiveGroup')}
              percent={Math.round(c.hamletsWithActiveGroupPercent ?? 0)}
              text={`${n(c.hamletsWithActiveGroup)} / ${n(c.hamlets)} (${pct(c.hamletsWithActiveGroupPercent)})`}
            />
            <ProgressBar
              label={t('coverage.householdsInActiveGroup')}
              percent={Math.round(c.householdsInActiveGroupPercent ?? 0)}
              text={`${n(c.householdsInActiveGroup)} / ${n(c.households)} (${pct(c.householdsInActiveGroupPercent)})`}
            />
          </div>
          <dl className="facts">
            <div>
              <dt>{t('coverage.hamlets')}</dt>
              <dd>{n(c.hamlets)}</dd>
            </div>
            <div>
              <dt>{t('coverage.households')}</dt>
              <dd>{n(c.households)}</dd>
            </div>
            <div>
              <dt>{t('coverage.groups')}</dt>
              <dd>{n(c.groups)}</dd>
            </div>
            <div>
              <dt>{t('coverage.people')}</dt>
              <dd>{n(c.peopleInMemberHouseholds)}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
