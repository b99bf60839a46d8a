import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonalValue } from '../../../components/personal-value';
import { Authorized } from '../../../lib/authorization';
import type { GroupDetail } from '../api/get-group';

/** The group's member households, each a link to its page. */
export function GroupHouseholds({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const households = group.households ?? [];
  return (
    <section className="card" aria-labelledby="group-households-title">
      <h2 id="group-households-title">
        {t('group.memberHouseholds')}
        <span className="count">{t('unit.total', { count: households.length })}</span>
      </h2>
      {households.length === 0 ? (
        <p className="status">{t('group.noHouseholds')}</p>
      ) : (
        <ul className="item-list">
          {households.map((household) => (
            <li key={household.id}>
              <Link to={`/households/${household.id}`} className="item-link">
                <span className="item-title">
                  {household.code} · {household.headName}
                </span>
                {household.address && <span className="item-meta">{household.address}</span>}
                <span className="item-meta">
                  {t('household.phone')}: <PersonalValue value={household.phone} hidden={household.personalDataHidden} /> ·{' '}
                  {t('group.people', { count: household.peopleCount ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Link to={`/units/${group.hamletId}/households?groupId=${group.id}`} className="button button-quiet">
          {t('group.allHouseholds')}
        </Link>
        {group.status === 'ACTIVE' && (
          <Authorized policy="canEditHouseholds">
            <Link to={`/units/${group.hamletId}/households/new?groupId=${group.id}`} className="button">
              {t('group.addHousehold')}
            </Link>
          </Authorized>
        )}
      </div>
    </section>
  );
}
