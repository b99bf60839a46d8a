import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { UserSummary } from '../features/me/components/user-summary';
import { useAuth } from '../lib/auth';

export function Header() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  return (
    <header className="header">
      <div className="header-row">
        <Link to="/" className="brand" title={t('app.fullName')}>
          {t('app.name')}
        </Link>
        <div className="header-actions">
          <LanguageSwitch />
          <button type="button" className="button button-quiet" onClick={logout}>
            {t('header.logout')}
          </button>
        </div>
      </div>
      <UserSummary />
    </header>
  );
}
