import { useTranslation } from 'react-i18next';
import { primaryRole } from '../../../lib/authorization';
import { useMe } from '../api/get-me';

/** Who is signed in: name, role and the unit the account is attached to. */
export function UserSummary() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return <p className="user-summary">{t('app.loading')}</p>;
  const role = primaryRole(me.roles ?? []);
  return (
    <dl className="user-summary" aria-label={t('header.account')}>
      <dt className="visually-hidden">{t('header.account')}</dt>
      <dd className="user-name">{me.displayName || me.username}</dd>
      <dd className="user-role">{role ? t(`role.${role}`) : t('role.none')}</dd>
      <dd className="user-unit">{me.unit?.name}</dd>
    </dl>
  );
}
