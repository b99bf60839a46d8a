import { describe, expect, it } from 'vitest';
import type { CommuneFeature, CommuneMap } from '../api/get-commune-map';
import type { DashboardRow } from '../api/get-dashboard';
import { joinByCode, scaleMax } from './map-data';

const feature = (code: string, name: string): CommuneFeature => ({
  type: 'Feature', id: code, properties: { code, name }, geometry: { type: 'MultiPolygon', coordinates: [] },
});
const commune = (id: number, code: string, name: string, tips: number, coveragePercent?: number): DashboardRow => ({
  unit: { id, code, name, level: 'COMMUNE' }, hasChildren: true, figures: { tips, coveragePercent },
});

const map: CommuneMap = {
  type: 'FeatureCollection',
  // the map file writes "Hoà" where the GSO writes "Hòa": names must not matter
  features: [feature('04105', 'Xã Mai Sơn'), feature('03646', 'Phường Tô Hiệu'), feature('04000', 'Xã Chiềng Hoà')],
};

describe('joinByCode', () => {
  it('joins on the GSO code and keeps only the communes shown', () => {
    const joined = joinByCode(
      map,
      [commune(7, '04105', 'Xã Mai Sơn', 12, 50), commune(9, '04000', 'Xã Chiềng Hòa', 3), commune(8, '99999', 'Xã Mới', 1)],
      'tips',
    );
    expect(joined.map.features.map((f) => f.properties.code)).toEqual(['04105', '04000']);
    expect(joined.items).toEqual([
      { name: '04105', value: 12, unitId: 7, unitName: 'Xã Mai Sơn' },
      { name: '04000', value: 3, unitId: 9, unitName: 'Xã Chiềng Hòa' },
    ]);
    expect(joined.unmapped.map((row) => row.unit?.code)).toEqual(['99999']);
  });

  it('leaves a percentage of nothing without a value', () => {
    const joined = joinByCode(map, [commune(9, '04000', 'Xã Chiềng Hòa', 3)], 'coveragePercent');
    expect(joined.items[0].value).toBeNull();
  });
});

describe('scaleMax', () => {
  it('is 100 for percentages, else the largest value', () => {
    const items = [{ name: 'a', value: 4, unitId: 1, unitName: 'a' }, { name: 'b', value: null, unitId: 2, unitName: 'b' }];
    expect(scaleMax(items, true)).toBe(100);
    expect(scaleMax(items, false)).toBe(4);
    expect(scaleMax([], false)).toBe(1);
  });
});
