import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { formatDate } from '../../../lib/dates';
import { useReintegrationCases, type ReintegrationFilter } from '../api/get-reintegration-cases';

/** Cases with the next contact due first, so the list reads as "whom to visit next". */
export function CaseList({ filter }: { filter: ReintegrationFilter }) {
  const { t, i18n } = useTranslation();
  const cases = useReintegrationCases(filter);
  if (!cases.isSuccess) {
    return <QueryStatus isPending={cases.isPending} isError={cases.isError} onRetry={() => void cases.refetch()} />;
  }
  const items = cases.data.pages.flatMap((page) => page.items ?? []);
  if (items.length === 0) return <p className="status">{t('reintegration.none')}</p>;
  return (
    <>
      <ul className="item-list" aria-label={t('reintegration.list')}>
        {items.map((item) => (
          <li key={item.id}>
            <Link to={`/reintegration-cases/${item.id}`} className="item-link">
              <span className="item-title">{item.personName}</span>
              <span className="item-meta">{[item.hamletName, item.groupName].filter(Boolean).join(' · ')}</span>
              <span className="item-meta">
                {t('reintegration.lastContact')}:{' '}
                {item.lastContactOn ? formatDate(item.lastContactOn, i18n.language) : t('reintegration.never')}
                {item.nextContactDue && ` · ${t('reintegration.due', { date: formatDate(item.nextContactDue, i18n.language) })}`}
              </span>
              <span>
                <span className="badge badge-mediation-open">{t(`reintegrationStatus.${item.status!}`)}</span>
                {item.contactOverdue && <span className="badge badge-warning">{t('reintegration.overdue')}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {cases.hasNextPage && (
        <button type="button" className="button button-quiet button-wide" onClick={() => void cases.fetchNextPage()}>
          {t('unit.more')}
        </button>
      )}
    </>
  );
}
