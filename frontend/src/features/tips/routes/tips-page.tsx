import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TIP_CATEGORIES, TIP_STATUSES, type TipCategory, type TipFilter, type TipStatus } from '../api/get-tips';
import { TipFilters } from '../components/tip-filters';
import { TipInboxCounts } from '../components/tip-inbox-counts';
import { TipList } from '../components/tip-list';

/** The filter is kept in the URL, so a link (e.g. from a unit's figures) opens the same list. */
function filterOf(params: URLSearchParams): TipFilter {
  const unitId = Number(params.get('unitId'));
  const status = params.get('status') as TipStatus;
  const category = params.get('category') as TipCategory;
  return {
    unitId: Number.isSafeInteger(unitId) && unitId > 0 ? unitId : undefined,
    status: TIP_STATUSES.includes(status) ? status : undefined,
    category: TIP_CATEGORIES.includes(category) ? category : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    assignee: params.get('assignee') || undefined,
  };
}

function paramsOf(filter: TipFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
}

interface TipsPageProps {
  username: string;
  officer: boolean;
  canFile: boolean;
  /** The officer's download of the filtered list (no informant in it). */
  exportButton?: (filter: TipFilter) => ReactNode;
}

/** Officers: the inbox of their units with counts and filters. Leaders: the tips they filed. */
export function TipsPage({ username, officer, canFile, exportButton }: TipsPageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const change = useCallback((next: TipFilter) => setParams(paramsOf(next), { replace: true }), [setParams]);
  return (
    <section className="card" aria-labelledby="tips-title">
      <h1 id="tips-title">{officer ? t('tip.inbox') : t('tip.myListTitle')}</h1>
      {canFile && (
        <div className="actions">
          <Link to="/tips/new" className="button">
            {t('tip.file')}
          </Link>
        </div>
      )}
      {officer && (
        <>
          <TipInboxCounts />
          <TipFilters filter={filter} username={username} onChange={change} />
          {exportButton?.(filter)}
        </>
      )}
      <TipList filter={officer ? filter : {}} poll={officer} />
    </section>
  );
}
