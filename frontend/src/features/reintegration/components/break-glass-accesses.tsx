import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../components/query-status';
import { formatDateTime } from '../../../lib/dates';
import { useBreakGlassAccesses } from '../api/break-glass';

/** The province police's check on emergency accesses: who, which case, when, why. */
export function BreakGlassAccesses() {
  const { t, i18n } = useTranslation();
  const accesses = useBreakGlassAccesses();
  const items = accesses.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  return (
    <section className="card" aria-labelledby="break-glass-accesses-title">
      <h2 id="break-glass-accesses-title">{t('reintegration.accesses')}</h2>
      {!accesses.isSuccess ? (
        <QueryStatus isPending={accesses.isPending} isError={accesses.isError} onRetry={() => void accesses.refetch()} />
      ) : items.length === 0 ? (
        <p className="status">{t('reintegration.noAccesses')}</p>
      ) : (
        <ul className="item-list" aria-label={t('reintegration.accesses')}>
          {items.map((access) => (
            <li key={access.id} className="item">
              <span className="item-title">
                {t('reintegration.accessLine', {
                  user: access.username,
                  id: access.caseId,
                  time: formatDateTime(access.grantedAt!, i18n.language),
                })}
              </span>
              <p className="notes">{access.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
