import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../components/query-status';
import { useUnitChildren } from '../api/get-unit-children';
import { UnitList } from './unit-list';

export function UnitChildren({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const children = useUnitChildren(unitId);
  const units = children.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const total = children.data?.pages[0]?.total ?? 0;
  return (
    <section className="card" aria-labelledby="unit-children-title">
      <h2 id="unit-children-title">
        {t('unit.children')}
        {children.isSuccess && total > 0 && <span className="count">{t('unit.total', { count: total })}</span>}
      </h2>
      <QueryStatus isPending={children.isPending} isError={children.isError} onRetry={() => void children.refetch()} />
      {children.isSuccess &&
        (units.length === 0 ? (
          <p className="status">{t('unit.noChildren')}</p>
        ) : (
          <UnitList
            units={units}
            hasMore={children.hasNextPage}
            loadingMore={children.isFetchingNextPage}
            onMore={() => void children.fetchNextPage()}
          />
        ))}
    </section>
  );
}
