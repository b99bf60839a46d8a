import { describe, expect, it } from 'vitest';
import type { DashboardRow } from '../api/get-dashboard';
import { DEFAULT_ROW_SORT, nextRowSort, sortRows } from './table-sort';

const row = (name: string, figures: DashboardRow['figures'] = {}): DashboardRow => ({
  unit: { id: name.length, code: name, name, level: 'HAMLET' }, hasChildren: false, figures,
});
const names = (rows: DashboardRow[]) => rows.map((r) => r.unit?.name);

describe('sortRows', () => {
  const rows = [
    row('Tiểu khu 20', { tips: 4, groupsRatedGoodPercent: 75 }),
    row('Bản Bó Ẩn', { tips: 0, groupsRatedGoodPercent: null as unknown as number }),
    row('Tiểu khu 3', { tips: 4, groupsRatedGoodPercent: 50 }),
    row('Đội 1', { tips: 9, groupsRatedGoodPercent: 100 }),
  ];

  it('sorts names in Vietnamese order with numbers as numbers', () => {
    expect(names(sortRows(rows, DEFAULT_ROW_SORT))).toEqual(['Bản Bó Ẩn', 'Đội 1', 'Tiểu khu 3', 'Tiểu khu 20']);
    expect(names(sortRows(rows, { column: 'name', direction: 'descending' }))).toEqual([
      'Tiểu khu 20', 'Tiểu khu 3', 'Đội 1', 'Bản Bó Ẩn',
    ]);
  });

  it('sorts figures as numbers, ties by name', () => {
    expect(names(sortRows(rows, { column: 'tips', direction: 'descending' }))).toEqual([
      'Đội 1', 'Tiểu khu 3', 'Tiểu khu 20', 'Bản Bó Ẩn',
    ]);
  });

  it('puts rows without a percentage last, whichever the direction', () => {
    expect(names(sortRows(rows, { column: 'groupsRatedGoodPercent', direction: 'descending' }))).toEqual([
      'Đội 1', 'Tiểu khu 20', 'Tiểu khu 3', 'Bản Bó Ẩn',
    ]);
    expect(names(sortRows(rows, { column: 'groupsRatedGoodPercent', direction: 'ascending' }))).toEqual([
      'Tiểu khu 3', 'Tiểu khu 20', 'Đội 1', 'Bản Bó Ẩn',
    ]);
  });

  it('leaves the given rows alone', () => {
    const before = names(rows);
    sortRows(rows, { column: 'tips', direction: 'ascending' });
    expect(names(rows)).toEqual(before);
  });
});

describe('nextRowSort', () => {
  it('reverses on a second click and starts numbers with the largest', () => {
    expect(nextRowSort(DEFAULT_ROW_SORT, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextRowSort(DEFAULT_ROW_SORT, 'tips')).toEqual({ column: 'tips', direction: 'descending' });
    expect(nextRowSort({ column: 'tips', direction: 'descending' }, 'tips')).toEqual({ column: 'tips', direction: 'ascending' });
  });
});
