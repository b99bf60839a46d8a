import { describe, expect, it } from 'vitest';
import type { Coverage } from '../api/get-coverage';
import { DEFAULT_SORT, nextSort, sortCoverage } from './coverage-sort';

const row = (unitName: string, more: Partial<Coverage> = {}): Coverage => ({
  unitId: unitName.length, unitName, unitLevel: 'HAMLET', hamlets: 1, hamletsWithActiveGroup: 0,
  hamletsWithActiveGroupPercent: 0, households: 0, householdsInActiveGroup: 0, householdsInActiveGroupPercent: 0,
  groups: 0, peopleInMemberHouseholds: 0, ...more,
});

const names = (rows: Coverage[]) => rows.map((r) => r.unitName);

describe('sortCoverage', () => {
  const rows = [
    row('Tiểu khu 20', { households: 40, householdsInActiveGroupPercent: 50 }),
    row('Bản Bó Ẩn', { households: 12, householdsInActiveGroupPercent: 0 }),
    row('Tiểu khu 3', { households: 40, householdsInActiveGroupPercent: 87.5 }),
    row('Đội 1', { households: 5, householdsInActiveGroupPercent: 100 }),
  ];

  it('sorts names in Vietnamese order with numbers compared as numbers', () => {
    expect(names(sortCoverage(rows, DEFAULT_SORT))).toEqual(['Bản Bó Ẩn', 'Đội 1', 'Tiểu khu 3', 'Tiểu khu 20']);
    expect(names(sortCoverage(rows, { column: 'unitName', direction: 'descending' }))).toEqual([
      'Tiểu khu 20', 'Tiểu khu 3', 'Đội 1', 'Bản Bó Ẩn',
    ]);
  });

  it('sorts numbers as numbers, ties in name order', () => {
    expect(names(sortCoverage(rows, { column: 'households', direction: 'descending' }))).toEqual([
      'Tiểu khu 3', 'Tiểu khu 20', 'Bản Bó Ẩn', 'Đội 1',
    ]);
    expect(names(sortCoverage(rows, { column: 'householdsInActiveGroupPercent', direction: 'ascending' }))).toEqual([
      'Bản Bó Ẩn', 'Tiểu khu 20', 'Tiểu khu 3', 'Đội 1',
    ]);
  });

  it('leaves the given rows alone', () => {
    const before = names(rows);
    sortCoverage(rows, { column: 'households', direction: 'ascending' });
    expect(names(rows)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('reverses the order on a second click and starts numbers with the largest', () => {
    expect(nextSort(DEFAULT_SORT, 'unitName')).toEqual({ column: 'unitName', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'groups')).toEqual({ column: 'groups', direction: 'descending' });
    expect(nextSort({ column: 'groups', direction: 'descending' }, 'groups')).toEqual({
      column: 'groups', direction: 'ascending',
    });
    expect(nextSort({ column: 'groups', direction: 'descending' }, 'unitName')).toEqual(DEFAULT_SORT);
  });
});
