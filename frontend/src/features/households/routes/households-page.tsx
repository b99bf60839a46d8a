import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { Authorized } from '../../../lib/authorization';
import { exportHouseholds } from '../api/export-households';
import { useHouseholds, type HouseholdFilter } from '../api/get-households';
import { DownloadButtons } from '../components/download-buttons';
import { HouseholdFilters } from '../components/household-filters';
import { HouseholdList } from '../components/household-list';

/** The filter lives in the URL, so that a filtered list can be linked to and survives a reload. */
function useFilterParams(unitId: number): [HouseholdFilter, (filter: HouseholdFilter) => void] {
  const [params, setParams] = useSearchParams();
  const groupId = Number(params.get('groupId'));
  const filter: HouseholdFilter = {
    unitId,
    groupId: Number.isSafeInteger(groupId) && groupId > 0 ? groupId : undefined,
    withoutGroup: params.get('withoutGroup') === 'true' ? true : undefined,
    q: params.get('q') || undefined,
  };
  const setFilter = useCallback(
    (next: HouseholdFilter) => {
      const search = new URLSearchParams();
      if (next.q) search.set('q', next.q);
      if (next.groupId != null) search.set('groupId', String(next.groupId));
      if (next.withoutGroup) search.set('withoutGroup', 'true');
      setParams(search, { replace: true });
    },
    [setParams],
  );
  return [filter, setFilter];
}

/** The households of a unit (any level): search, filter by group, export, and on a hamlet add or import. */
export function HouseholdsPage({ unitId, unitName, isHamlet }: { unitId: number; unitName: string; isHamlet: boolean }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useFilterParams(unitId);
  const households = useHouseholds(filter);
  const items = households.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const total = households.data?.pages[0]?.total ?? 0;
  return (
    <>
      <BackLink to={`/units/${unitId}`}>{unitName}</BackLink>
      <section className="card" aria-labelledby="households-title">
        <h1 id="households-title">{t('household.listTitleOf', { unit: unitName })}</h1>
        {isHamlet && (
          <Authorized policy="canEditHouseholds">
            <div className="actions">
              <Link to={`/units/${unitId}/households/new${filter.groupId ? `?groupId=${filter.groupId}` : ''}`} className="button">
                {t('household.add')}
              </Link>
              <Link to={`/units/${unitId}/household-imports`} className="button button-quiet">
                {t('import.open')}
              </Link>
            </div>
          </Authorized>
        )}
        <HouseholdFilters filter={filter} onChange={setFilter} />
        <DownloadButtons label={t('download.exportLabel')} download={(format) => exportHouseholds(format, filter)} />
      </section>
      <section className="card" aria-labelledby="households-results-title">
        <h2 id="households-results-title">
          {t('household.results')}
          {households.isSuccess && <span className="count">{t('unit.total', { count: total })}</span>}
        </h2>
        <QueryStatus isPending={households.isPending} isError={households.isError} onRetry={() => void households.refetch()} />
        {households.isSuccess &&
          (items.length === 0 ? <p className="status">{t('household.none')}</p> : <HouseholdList households={items} />)}
        {households.hasNextPage && (
          <button
            type="button"
            className="button button-wide"
            onClick={() => void households.fetchNextPage()}
            disabled={households.isFetchingNextPage}
          >
            {households.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
          </button>
        )}
      </section>
    </>
  );
}
