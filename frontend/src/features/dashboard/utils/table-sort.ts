import type { DashboardRow } from '../api/get-dashboard';
import type { FigureField } from './indicators';

export type RowColumn = 'name' | FigureField;
export type SortDirection = 'ascending' | 'descending';

export interface RowSort {
  column: RowColumn;
  direction: SortDirection;
}

export const DEFAULT_ROW_SORT: RowSort = { column: 'name', direction: 'ascending' };

/** Names in Vietnamese alphabetical order, numbers in them compared as numbers ("Tiểu khu 2" < "Tiểu khu 10"). */
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
const byName = (a: DashboardRow, b: DashboardRow) => collator.compare(a.unit?.name ?? '', b.unit?.name ?? '');

/**
 * A sorted copy of the rows. Rows without a value (a percentage of nothing) go last in either direction;
 * ties keep name order.
 */
export function sortRows(rows: readonly DashboardRow[], { column, direction }: RowSort): DashboardRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'name') return sign * byName(a, b);
    const x = a.figures?.[column];
    const y = b.figures?.[column];
    if (x == null || y == null) return x == null && y == null ? byName(a, b) : x == null ? 1 : -1;
    return x !== y ? sign * (x - y) : byName(a, b);
  });
}

/** A click on a header sorts by it, a second click reverses; numbers start with the largest, names with A. */
export function nextRowSort(current: RowSort, column: RowColumn): RowSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'name' ? 'ascending' : 'descending' };
}
