import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import type { HouseholdDetail } from '../api/get-household';

/** The groups the household has belonged to, newest first, with dates. */
export function MembershipHistory({ household }: { household: HouseholdDetail }) {
  const { t, i18n } = useTranslation();
  const memberships = household.memberships ?? [];
  const date = (value?: string | null) => (value ? formatDate(value, i18n.language) : '');
  return (
    <>
      <h3>{t('membership.history')}</h3>
      {memberships.length === 0 ? (
        <p className="status">{t('membership.noHistory')}</p>
      ) : (
        <ol className="item-list membership-history" aria-label={t('membership.history')}>
          {memberships.map((membership, index) => (
            <li key={`${membership.groupId}-${membership.joinedOn}-${index}`} className="item">
              <span className="item-title">
                <Link to={`/groups/${membership.groupId}`}>{membership.groupName}</Link>
                {!membership.leftOn && <span className="badge badge-status-active">{t('membership.current')}</span>}
              </span>
              <span className="item-meta">
                {membership.leftOn
                  ? t('membership.period', { from: date(membership.joinedOn), to: date(membership.leftOn) })
                  : t('membership.since', { from: date(membership.joinedOn) })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
