import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonalValue } from '../../../components/personal-value';
import { formatDate } from '../../../lib/dates';
import type { HouseholdDetail, Person } from '../api/get-household';

/** The household and its people. Phone and citizen IDs show as hidden for callers who may not see them. */
export function HouseholdDetails({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const hidden = household.personalDataHidden;
  return (
    <section className="card" aria-labelledby="household-title">
      <h1 id="household-title">{t('household.title', { code: household.code, head: household.headName })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('household.code')}</dt>
          <dd>{household.code}</dd>
        </div>
        <div>
          <dt>{t('household.head')}</dt>
          <dd>{household.headName}</dd>
        </div>
        <div>
          <dt>{t('household.address')}</dt>
          <dd>{household.address || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('household.phone')}</dt>
          <dd>
            <PersonalValue value={household.phone} hidden={hidden} />
          </dd>
        </div>
        <div>
          <dt>{t('household.group')}</dt>
          <dd>
            {household.groupId != null ? (
              <Link to={`/groups/${household.groupId}`}>{household.groupName}</Link>
            ) : (
              t('household.noGroup')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('household.hamlet')}</dt>
          <dd>
            <Link to={`/units/${household.hamletId}`}>{household.hamletName}</Link>
          </dd>
        </div>
      </dl>
      <h2>
        {t('household.people')}
        <span className="count">{t('unit.total', { count: household.people?.length ?? 0 })}</span>
      </h2>
      <ul className="item-list">
        {(household.people ?? []).map((person) => (
          <li key={person.id} className="item">
            <PersonSummary person={person} hidden={hidden} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PersonSummary({ person, hidden }: { person: Person; hidden?: boolean }) {
  const { t, i18n } = useTranslation();
  const birth = person.birthDate ? formatDate(person.birthDate, i18n.language) : person.birthYear;
  return (
    <>
      <span className="item-title">
        {person.fullName}
        {person.relation && <span className="badge badge-relation">{t(`relation.${person.relation}`)}</span>}
      </span>
      <span className="item-meta">
        {t('person.birth')}: {birth || t('common.none')} · {t('person.gender')}:{' '}
        {person.gender ? t(`gender.${person.gender}`) : t('common.none')}
      </span>
      <span className="item-meta">
        {t('person.citizenId')}: <PersonalValue value={person.citizenId} hidden={hidden} />
      </span>
    </>
  );
}
