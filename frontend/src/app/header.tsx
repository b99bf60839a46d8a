import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { UserSummary } from '../features/me/components/user-summary';
import { useTipInbox } from '../features/tips/api/get-tip-inbox';
import { useAuth } from '../lib/auth';
import { Authorized, useAuthorization } from '../lib/authorization';

/** The tips link; for officers with the unread count of their inbox, which refreshes on its own. */
function TipsLink() {
  const { t } = useTranslation();
  const { can } = useAuthorization();
  const officer = can('canTriageTips');
  const inbox = useTipInbox(officer);
  const unread = inbox.data?.unread ?? 0;
  if (!officer && !can('canFileTips')) return null;
  return (
    <NavLink to="/tips" className="nav-link">
      {t('nav.tips')}
      {officer && unread > 0 && (
        <>
          <span className="badge badge-count" aria-hidden="true">
            {unread}
          </span>
          <span className="visually-hidden"> {t('nav.unread', { count: unread })}</span>
        </>
      )}
    </NavLink>
  );
}

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
      <nav className="nav" aria-label={t('nav.label')}>
        <NavLink to="/" end className="nav-link">
          {t('nav.home')}
        </NavLink>
        <Authorized policy="canSeeDashboard">
          <NavLink to="/dashboard" className="nav-link">
            {t('nav.dashboard')}
          </NavLink>
        </Authorized>
        <TipsLink />
        <Authorized policy="canRecordActivities">
          <NavLink to="/reintegration-cases" className="nav-link">
            {t('nav.reintegration')}
          </NavLink>
        </Authorized>
        <Authorized policy="canWorkEscalations">
          <NavLink to="/mediation-cases" className="nav-link">
            {t('nav.mediation')}
          </NavLink>
        </Authorized>
      </nav>
    </header>
  );
}
