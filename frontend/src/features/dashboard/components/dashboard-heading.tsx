import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import type { Dashboard } from '../api/get-dashboard';

interface DashboardHeadingProps {
  dashboard: Dashboard;
  /** The link of the same view for another unit. */
  unitSearch: (unitId: number) => string;
}

/** The breadcrumb from the province down (each level a link), the unit's name and the periods compared. */
export function DashboardHeading({ dashboard, unitSearch }: DashboardHeadingProps) {
  const { t, i18n } = useTranslation();
  const date = (value?: string) => (value ? formatDate(value, i18n.language) : '');
  const path = dashboard.path ?? [];
  const above = path.filter((unit) => unit.id !== dashboard.unit?.id);
  return (
    <header className="dashboard-heading">
      {above.length > 0 && (
        <nav className="breadcrumb" aria-label={t('unit.breadcrumb')}>
          <ol>
            {above.map((unit) => (
              <li key={unit.id}>
                <Link to={unitSearch(unit.id!)}>{unit.name}</Link>
              </li>
            ))}
            <li aria-current="page">{dashboard.unit?.name}</li>
          </ol>
        </nav>
      )}
      <h1>
        {t('dashboard.title')} — {dashboard.unit?.name}
      </h1>
      <p className="dashboard-period">
        <strong>{t('dashboard.period.range', { from: date(dashboard.from), to: date(dashboard.to) })}</strong>{' '}
        <span className="muted">
          {t('dashboard.period.previous', { from: date(dashboard.previousFrom), to: date(dashboard.previousTo) })}
        </span>
      </p>
    </header>
  );
}
