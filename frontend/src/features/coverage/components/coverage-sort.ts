import type { Coverage } from '../api/get-coverage';

export type CoverageColumn =
  | 'unitName'
  | 'hamlets'
  | 'hamletsWithActiveGroupPercent'
  | 'households'
  | 'householdsInActiveGroupPercent'
  | 'groups'
  | 'peopleInMemberHouseholds';

export type SortDirection = 'ascending' | 'descending';

export interface CoverageSort {
  column: CoverageColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: CoverageSort = { column: 'unitName', direction: 'ascending' };

/** Names in Vietnamese alphabetical order, with numbers in them compared as numbers ("Tiểu khu 2" < "Tiểu khu 10"). */
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

const byName = (a: Coverage, b: Coverage) => collator.compare(a.unitName ?? '', b.unitName ?? '');

/** A sorted copy of the rows; rows that tie keep name order, whatever the direction. */
export function sortCoverage(rows: readonly Coverage[], { column, direction }: CoverageSort): Coverage[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'unitName') return sign * byName(a, b);
    const difference = (a[column] ?? 0) - (b[column] ?? 0);
    return difference !== 0 ? sign * difference : byName(a, b);
  });
}

/**
 * Clicking a header sorts by that column; clicking it again reverses the order. Numbers start with the
 * largest (the units that matter most), names with A.
 */
export function nextSort(current: CoverageSort, column: CoverageColumn): CoverageSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'unitName' ? 'ascending' : 'descending' };
}
