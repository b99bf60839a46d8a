import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { formatDateTime } from '../../../lib/dates';
import { useTips, type TipFilter } from '../api/get-tips';
import { TipBadges } from './tip-badges';

/** Tips, newest first, paged with "show more"; unread ones in bold. */
export function TipList({ filter, poll }: { filter: TipFilter; poll: boolean }) {
  const { t, i18n } = useTranslation();
  const tips = useTips(filter, poll);
  if (!tips.isSuccess) {
    return <QueryStatus isPending={tips.isPending} isError={tips.isError} onRetry={() => void tips.refetch()} />;
  }
  const items = tips.data.pages.flatMap((page) => page.items ?? []);
  const total = tips.data.pages[0]?.total ?? 0;
  return (
    <>
      <p className="count" aria-live="polite">
        {t('unit.total', { count: total })}
      </p>
      {items.length === 0 ? (
        <p className="status">{t('tip.none')}</p>
      ) : (
        <ul className="item-list tip-list" aria-label={t('tip.listTitle')}>
          {items.map((tip) => (
            <li key={tip.id} className={tip.unread ? 'tip-unread' : undefined}>
              <Link to={`/tips/${tip.id}`} className="item-link">
                <span className="item-title">
                  {t('tip.number', { id: tip.id })} · {t(`tipCategory.${tip.category!}`)}
                </span>
                <span className="item-meta">
                  {tip.hamletName} · {formatDateTime(tip.createdAt!, i18n.language)}
                  {tip.assignee && ` · ${tip.assignee}`}
                </span>
                <span>
                  <TipBadges tip={tip} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {tips.hasNextPage && (
        <button
          type="button"
          className="button button-quiet button-wide"
          disabled={tips.isFetchingNextPage}
          onClick={() => void tips.fetchNextPage()}
        >
          {tips.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
    </>
  );
}
