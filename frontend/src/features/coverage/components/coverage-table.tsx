import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useCoverageChildren } from '../api/get-coverage-children';
import { DEFAULT_SORT, nextSort, sortCoverage, type CoverageColumn, type CoverageSort } from './coverage-sort';

const COLUMNS = [
  { column: 'unitName', label: 'coverage.column.name', numeric: false },
  { column: 'hamlets', label: 'coverage.column.hamlets', numeric: true },
  { column: 'hamletsWithActiveGroupPercent', label: 'coverage.column.hamletsWithActiveGroup', numeric: true },
  { column: 'households', label: 'coverage.column.households', numeric: true },
  { column: 'householdsInActiveGroupPercent', label: 'coverage.column.householdsInActiveGroup', numeric: true },
  { column: 'groups', label: 'coverage.column.groups', numeric: true },
  { column: 'peopleInMemberHouseholds', label: 'coverage.column.people', numeric: true },
] as const satisfies readonly { column: CoverageColumn; label: string; numeric: boolean }[];

/** Coverage of each unit under this one; sorted in the browser by clicking a column header. */
export function CoverageTable({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const children = useCoverageChildren(unitId);
  const [sort, setSort] = useState<CoverageSort>(DEFAULT_SORT);
  const rows = useMemo(() => sortCoverage(children.data ?? [], sort), [children.data, sort]);
  const n = (value?: number) => formatNumber(value, i18n.language);
  const pct = (value?: number) => formatPercent(value, i18n.language);

  return (
    <section className="card" aria-labelledby="coverage-children-title">
      <h2 id="coverage-children-title">{t('coverage.childrenTitle')}</h2>
      <QueryStatus isPending={children.isPending} isError={children.isError} onRetry={() => void children.refetch()} />
      {children.isSuccess &&
        (rows.length === 0 ? (
          <p className="status">{t('coverage.noChildren')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table coverage-table">
              <caption className="visually-hidden">
                {t('coverage.childrenTitle')}. {t('coverage.sortHint')}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map(({ column, label, numeric }) => (
                    <th
                      key={column}
                      scope="col"
                      className={numeric ? 'numeric' : undefined}
                      aria-sort={sort.column === column ? sort.direction : 'none'}
                    >
                      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column))}>
                        {t(label)}
                        <span aria-hidden="true" className="sort-mark">
                          {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unitId}>
                    <th scope="row">
                      <Link to={`/units/${row.unitId}`}>{row.unitName}</Link>
                    </th>
                    <td className="numeric">{n(row.hamlets)}</td>
                    <td className="numeric">
                      {n(row.hamletsWithActiveGroup)} <span className="muted">({pct(row.hamletsWithActiveGroupPercent)})</span>
                    </td>
                    <td className="numeric">{n(row.households)}</td>
                    <td className="numeric">
                      {n(row.householdsInActiveGroup)}{' '}
                      <span className="muted">({pct(row.householdsInActiveGroupPercent)})</span>
                    </td>
                    <td className="numeric">{n(row.groups)}</td>
                    <td className="numeric">{n(row.peopleInMemberHouseholds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
