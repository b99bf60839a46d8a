import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { formatDate } from '../../../lib/dates';
import type { MediationCaseSummary } from '../api/get-mediation-cases';

interface Page {
  items?: MediationCaseSummary[];
  total?: number;
}

/** Cases, newest first, each a link to its page; "show more" pages on. */
export function MediationCaseList({ cases, empty }: { cases: UseInfiniteQueryResult<InfiniteData<Page>>; empty: string }) {
  const { t, i18n } = useTranslation();
  if (!cases.isSuccess) {
    return <QueryStatus isPending={cases.isPending} isError={cases.isError} onRetry={() => void cases.refetch()} />;
  }
  const items = cases.data.pages.flatMap((page) => page.items ?? []);
  if (items.length === 0) return <p className="status">{empty}</p>;
  return (
    <>
      <ul className="item-list" aria-label={t('mediation.listTitle')}>
        {items.map((item) => (
          <li key={item.id}>
            <Link to={`/mediation-cases/${item.id}`} className="item-link">
              <span className="item-title">
                {t('mediation.number', { id: item.id })} · {t(`disputeType.${item.disputeType!}`)}
              </span>
              <span className="item-meta">
                {(item.partyNames ?? []).join(' · ')}
              </span>
              <span className="item-meta">
                {item.groupName} · {formatDate(item.receivedOn!, i18n.language)} · {t('mediation.sessionCount', { count: item.sessionCount ?? 0 })}
              </span>
              <span>
                <span className={`badge badge-mediation-${item.status?.toLowerCase()}`}>
                  {item.outcome ? t(`mediationOutcome.${item.outcome}`) : t(`mediationStatus.${item.status!}`)}
                  {item.escalatedTo && ` → ${t(`escalationTarget.${item.escalatedTo}`)}`}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {cases.hasNextPage && (
        <button
          type="button"
          className="button button-quiet button-wide"
          disabled={cases.isFetchingNextPage}
          onClick={() => void cases.fetchNextPage()}
        >
          {t('unit.more')}
        </button>
      )}
    </>
  );
}
