import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardFigures, DashboardRow } from '../api/get-dashboard';
import { formatFigure } from '../utils/change';
import { DEFAULT_ROW_SORT, nextRowSort, sortRows, type RowColumn, type RowSort } from '../utils/table-sort';

type ColumnKey =
  | 'name' | 'coverage' | 'groups' | 'memberHouseholds' | 'tips' | 'arrests' | 'mediations' | 'meetings'
  | 'overdue' | 'groupsGood' | 'cultural' | 'fundBalance';

interface Column {
  key: ColumnKey;
  sortBy: RowColumn;
  /** The cell; none for the name column. */
  cell?: (figures: DashboardFigures, format: Formatters) => ReactNode;
}

interface Formatters {
  n: (value?: number | null) => string;
  pct: (value?: number | null) => string;
}

const withShare = (part: string, share: string) => (
  <>
    {part} <span className="muted">({share})</span>
  </>
);

const COLUMNS: readonly Column[] = [
  { key: 'name', sortBy: 'name' },
  { key: 'coverage', sortBy: 'coveragePercent', cell: (f, { n, pct }) => withShare(`${n(f.hamletsWithGroups)}/${n(f.hamlets)}`, pct(f.coveragePercent)) },
  { key: 'groups', sortBy: 'groups', cell: (f, { n }) => n(f.groups) },
  { key: 'memberHouseholds', sortBy: 'memberHouseholds', cell: (f, { n }) => n(f.memberHouseholds) },
  { key: 'tips', sortBy: 'tips', cell: (f, { n }) => n(f.tips) },
  { key: 'arrests', sortBy: 'arrestsOrCases', cell: (f, { n }) => n(f.arrestsOrCases) },
  { key: 'mediations', sortBy: 'mediationsReconciled', cell: (f, { n, pct }) => withShare(n(f.mediationsReconciled), pct(f.mediationSuccessPercent)) },
  { key: 'meetings', sortBy: 'meetings', cell: (f, { n }) => n(f.meetings) },
  { key: 'overdue', sortBy: 'overdueGroups', cell: (f, { n }) => n(f.overdueGroups) },
  { key: 'groupsGood', sortBy: 'groupsRatedGoodPercent', cell: (f, { pct }) => pct(f.groupsRatedGoodPercent) },
  { key: 'cultural', sortBy: 'culturalFamiliesPercent', cell: (f, { pct }) => pct(f.culturalFamiliesPercent) },
  { key: 'fundBalance', sortBy: 'fundBalance', cell: (f, { n }) => n(f.fundBalance) },
];

interface UnitTableProps {
  rows: readonly DashboardRow[];
  /** The link of the same view for a unit below. */
  unitSearch: (unitId: number) => string;
}

/** The units one level down with their figures; a unit's name opens its dashboard (down to the hamlets). */
export function UnitTable({ rows, unitSearch }: UnitTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<RowSort>(DEFAULT_ROW_SORT);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const format: Formatters = {
    n: (value) => formatFigure(value, 'count', i18n.language),
    pct: (value) => formatFigure(value, 'percent', i18n.language),
  };

  return (
    <section className="card" aria-labelledby="dashboard-units">
      <h2 id="dashboard-units">{t('dashboard.table.title')}</h2>
      {rows.length === 0 ? (
        <p className="status">{t('dashboard.table.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table dashboard-table">
            <caption className="visually-hidden">
              {t('dashboard.table.title')}. {t('dashboard.table.sortHint')}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map(({ key, sortBy }) => (
                  <th
                    key={key}
                    scope="col"
                    className={key === 'name' ? undefined : 'numeric'}
                    aria-sort={sort.column === sortBy ? sort.direction : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => setSort(nextRowSort(sort, sortBy))}>
                      {t(`dashboard.table.${key}`)}
                      <span aria-hidden="true" className="sort-mark">
                        {sort.column === sortBy ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.unit?.id}>
                  <th scope="row">
                    <Link to={unitSearch(row.unit!.id!)}>{row.unit?.name}</Link>
                  </th>
                  {COLUMNS.slice(1).map(({ key, cell }) => (
                    <td key={key} className="numeric">
                      {cell!(row.figures ?? {}, format)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">{t('dashboard.table.sortHint')}</p>
    </section>
  );
}
