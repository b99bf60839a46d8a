import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DownloadButton } from '../../../components/download-button';
import { QueryStatus } from '../../../components/query-status';
import { useDashboard } from '../api/get-dashboard';
import { downloadDashboardReport } from '../api/get-dashboard-report';
import { CommuneMap } from '../components/commune-map';
import { DashboardCharts } from '../components/dashboard-charts';
import { DashboardFigureCards } from '../components/dashboard-figures';
import { DashboardHeading } from '../components/dashboard-heading';
import { PeriodFilter } from '../components/period-filter';
import { UnitTable } from '../components/unit-table';
import { useDashboardParams } from './use-dashboard-params';

/**
 * The provincial police dashboard: the figures of a unit and period, how they changed, their trends, the
 * units below on a table and a map. Unit and period are in the URL.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { query, today, search, unitSearch, setPeriod } = useDashboardParams();
  const dashboard = useDashboard(query);
  const data = dashboard.data;
  const level = data?.unit?.level;
  const communes = data?.communes ?? [];
  const showMap = (level === 'PROVINCE' || level === 'DISTRICT') && communes.length > 0;

  return (
    <div className="dashboard">
      {data ? (
        <DashboardHeading dashboard={data} unitSearch={unitSearch} />
      ) : (
        <h1>{t('dashboard.title')}</h1>
      )}
      <div className="card dashboard-toolbar">
        <PeriodFilter key={`${query.from}|${query.to}`} period={query} today={today} onChange={setPeriod} />
        <div className="dashboard-actions">
          <DownloadButton label={t('dashboard.excel')} download={() => downloadDashboardReport(query)} />
          <Link to={`/dashboard/print${search ? `?${search}` : ''}`} className="button button-quiet">
            {t('dashboard.print')}
          </Link>
        </div>
      </div>
      {!data ? (
        <QueryStatus isPending={dashboard.isPending} isError={dashboard.isError} onRetry={() => void dashboard.refetch()} />
      ) : (
        <div className="dashboard-body" aria-busy={dashboard.isPlaceholderData}>
          {dashboard.isPlaceholderData && (
            <p className="status dashboard-updating" role="status">
              {t('dashboard.updating')}
            </p>
          )}
          {dashboard.isError && !dashboard.isFetching && (
            <QueryStatus isPending={false} isError onRetry={() => void dashboard.refetch()} />
          )}
          <DashboardFigureCards dashboard={data} />
          {(data.children?.length ?? 0) > 0 && <UnitTable key={data.unit?.id} rows={data.children!} unitSearch={unitSearch} />}
          {showMap && <CommuneMap unitId={data.unit!.id!} communes={communes} unitSearch={unitSearch} />}
          <DashboardCharts dashboard={data} />
        </div>
      )}
    </div>
  );
}
