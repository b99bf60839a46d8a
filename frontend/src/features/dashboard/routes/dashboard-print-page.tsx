import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { formatDate, today } from '../../../lib/dates';
import { useDashboard } from '../api/get-dashboard';
import { changeOf, formatFigure, formatSignedChange } from '../utils/change';
import { INDICATORS } from '../utils/indicators';
import { useDashboardParams } from './use-dashboard-params';

/** The columns of the workbook's "Theo năm" sheet. */
const YEAR_COLUMNS = [
  'groupsRated', 'groupsRatedGood', 'groupsRatedGoodPercent', 'householdsRated', 'culturalFamilies',
  'culturalFamiliesPercent', 'communesAssessed', 'communesMeetingStandard', 'communesMeetingStandardPercent', 'recognitions',
] as const;

/** The units table of the printed report: the headline counts, narrow enough for an A4 page across. */
const UNIT_COLUMNS = [
  'hamlets', 'coveragePercent', 'groups', 'memberHouseholds', 'tips', 'arrestsOrCases', 'mediationsReconciled',
  'mediationSuccessPercent', 'meetings', 'groupsRatedGoodPercent', 'culturalFamiliesPercent', 'fundBalance',
] as const;

/**
 * The periodic report laid out for paper, outside the app's header and navigation: the same figures, labels
 * and order as the Excel report's sheets "Tổng hợp", "Theo đơn vị" and "Theo năm".
 */
export function DashboardPrintPage() {
  const { t, i18n } = useTranslation();
  const { query, search } = useDashboardParams();
  const dashboard = useDashboard(query);
  const data = dashboard.isPlaceholderData ? undefined : dashboard.data;
  const language = i18n.language;
  // Printed figures are plain numbers (percentages with one decimal at most): the labels say "(%)" and
  // "(đồng)", as in the workbook.
  const plain = (value: number | null | undefined) => formatFigure(value, 'count', language);
  const date = (value?: string) => (value ? formatDate(value, language) : '');
  const units = data?.children ?? [];
  const indicatorLabel = (field: (typeof UNIT_COLUMNS)[number]) => t(`dashboard.indicator.${field}`);

  return (
    <div className="report">
      <div className="report-actions no-print">
        <Link to={`/dashboard${search ? `?${search}` : ''}`} className="button button-quiet">
          {t('dashboard.report.back')}
        </Link>
        <button type="button" className="button" onClick={() => window.print()} disabled={!data}>
          {t('dashboard.report.print')}
        </button>
      </div>
      {!data ? (
        <QueryStatus isPending={dashboard.isPending || dashboard.isPlaceholderData} isError={dashboard.isError} onRetry={() => void dashboard.refetch()} />
      ) : (
        <article className="report-page">
          <h1>{t('dashboard.report.title')}</h1>
          <p>{t('dashboard.report.unit', { unit: data.unit?.name })}</p>
          <p>
            {t('dashboard.report.period', {
              from: date(data.from), to: date(data.to), previousFrom: date(data.previousFrom), previousTo: date(data.previousTo),
            })}
          </p>

          <h2>{t('dashboard.report.summary')}</h2>
          <table className="table report-table" aria-label={t('dashboard.report.summary')}>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.report.indicator')}</th>
                <th scope="col" className="numeric">{t('dashboard.report.now')}</th>
                <th scope="col" className="numeric">{t('dashboard.report.before')}</th>
                <th scope="col" className="numeric">{t('dashboard.report.change')}</th>
              </tr>
            </thead>
            <tbody>
              {INDICATORS.map(({ field, kind }) => {
                const now = data.figures?.[field];
                const before = data.previous?.[field];
                const change = changeOf(now, before, kind);
                return (
                  <tr key={field}>
                    <th scope="row">{t(`dashboard.indicator.${field}`)}</th>
                    <td className="numeric">{now == null ? '' : plain(now)}</td>
                    <td className="numeric">{before == null ? '' : plain(before)}</td>
                    <td className="numeric">{change ? formatSignedChange(change, kind, language) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          {units.length > 0 && (
            <>
              <h2>{t('dashboard.report.units')}</h2>
              <table className="table report-table report-units" aria-label={t('dashboard.report.units')}>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.table.name')}</th>
                    {UNIT_COLUMNS.map((field) => (
                      <th key={field} scope="col" className="numeric">
                        {indicatorLabel(field)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {units.map((row) => (
                    <tr key={row.unit?.id}>
                      <th scope="row">{row.unit?.name}</th>
                      {UNIT_COLUMNS.map((field) => (
                        <td key={field} className="numeric">
                          {row.figures?.[field] == null ? '' : plain(row.figures[field])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}

          {(data.yearly?.length ?? 0) > 0 && (
            <>
              <h2>{t('dashboard.report.years')}</h2>
              <table className="table report-table" aria-label={t('dashboard.report.years')}>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.report.year.year')}</th>
                    {YEAR_COLUMNS.map((field) => (
                      <th key={field} scope="col" className="numeric">
                        {t(`dashboard.report.year.${field}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.yearly!.map((year) => (
                    <tr key={year.year}>
                      <th scope="row">{year.year}</th>
                      {YEAR_COLUMNS.map((field) => (
                        <td key={field} className="numeric">
                          {year[field] == null ? '' : plain(year[field])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <p className="report-footer">{t('dashboard.report.printed', { date: formatDate(today(), language) })}</p>
        </article>
      )}
    </div>
  );
}
