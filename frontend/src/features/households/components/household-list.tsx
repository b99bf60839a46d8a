import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonalValue } from '../../../components/personal-value';
import type { HouseholdSummary } from '../api/get-households';

/** Households, each a link to its page: code, head, address, phone, group. */
export function HouseholdList({ households }: { households: HouseholdSummary[] }) {
  const { t } = useTranslation();
  return (
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
            <span className="item-meta">{household.groupName ?? t('household.noGroup')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
