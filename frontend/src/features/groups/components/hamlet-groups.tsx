import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { Authorized } from '../../../lib/authorization';
import { useGroups } from '../api/get-groups';
import { GroupList } from './group-list';

/** On a hamlet's page: its groups, and for those who may write, a way to create one. */
export function HamletGroups({ hamletId }: { hamletId: number }) {
  const { t } = useTranslation();
  const groups = useGroups(hamletId);
  const items = groups.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const total = groups.data?.pages[0]?.total ?? 0;
  return (
    <section className="card" aria-labelledby="hamlet-groups-title">
      <h2 id="hamlet-groups-title">
        {t('group.listTitle')}
        {groups.isSuccess && total > 0 && <span className="count">{t('unit.total', { count: total })}</span>}
      </h2>
      <QueryStatus isPending={groups.isPending} isError={groups.isError} onRetry={() => void groups.refetch()} />
      {groups.isSuccess && (items.length === 0 ? <p className="status">{t('group.none')}</p> : <GroupList groups={items} />)}
      {groups.hasNextPage && (
        <button
          type="button"
          className="button button-wide"
          onClick={() => void groups.fetchNextPage()}
          disabled={groups.isFetchingNextPage}
        >
          {groups.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
      <Authorized policy="canEditHouseholds">
        <div className="actions">
          <Link to={`/units/${hamletId}/groups/new`} className="button">
            {t('group.create')}
          </Link>
        </div>
      </Authorized>
    </section>
  );
}
