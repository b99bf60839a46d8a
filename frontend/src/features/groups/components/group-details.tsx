import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import type { GroupDetail } from '../api/get-group';
import { GroupStatusBadge } from './group-status-badge';
import { GroupWarnings } from './group-warnings';

export function GroupDetails({ group }: { group: GroupDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <section className="card" aria-labelledby="group-title">
      <h1 id="group-title">
        {group.name} <GroupStatusBadge status={group.status} />
      </h1>
      <GroupWarnings warnings={group.warnings} />
      <dl className="facts">
        <div>
          <dt>{t('group.number')}</dt>
          <dd>{group.number}</dd>
        </div>
        <div>
          <dt>{t('group.foundedOn')}</dt>
          <dd>{group.foundedOn ? formatDate(group.foundedOn, i18n.language) : none}</dd>
        </div>
        <div>
          <dt>{t('group.leader')}</dt>
          <dd>{group.leader?.fullName || none}</dd>
        </div>
        <div>
          <dt>{t('group.deputy')}</dt>
          <dd>{group.deputy?.fullName || none}</dd>
        </div>
        <div>
          <dt>{t('group.householdCount')}</dt>
          <dd>{group.householdCount ?? 0}</dd>
        </div>
        <div>
          <dt>{t('group.peopleCount')}</dt>
          <dd>{group.peopleCount ?? 0}</dd>
        </div>
        <div>
          <dt>{t('group.leaderAccount')}</dt>
          <dd>{group.leaderAccount || none}</dd>
        </div>
      </dl>
      {group.notes && (
        <>
          <h2>{t('group.notes')}</h2>
          <p className="notes">{group.notes}</p>
        </>
      )}
    </section>
  );
}
