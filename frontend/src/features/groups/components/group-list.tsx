import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupSummary } from '../api/get-groups';
import { GroupStatusBadge } from './group-status-badge';
import { GroupWarningBadges } from './group-warnings';

/** Groups, each a link to its page: number, name, status, size, leader, size warnings. */
export function GroupList({ groups }: { groups: GroupSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="item-list">
      {groups.map((group) => (
        <li key={group.id}>
          <Link to={`/groups/${group.id}`} className="item-link">
            <span className="item-title">{group.name}</span>
            <span className="item-meta">
              {t('group.numberShort', { number: group.number })} <GroupStatusBadge status={group.status} />
            </span>
            <span className="item-meta">
              {t('group.households', { count: group.householdCount ?? 0 })} ·{' '}
              {t('group.people', { count: group.peopleCount ?? 0 })}
              {group.leader?.fullName && (
                <>
                  {' '}
                  · {t('group.leader')}: {group.leader.fullName}
                </>
              )}
            </span>
            {(group.warnings?.length ?? 0) > 0 && (
              <span className="item-meta">
                <GroupWarningBadges warnings={group.warnings} />
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
