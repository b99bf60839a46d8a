import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import { ROLES } from '../authorization';
import { en } from './en';
import { vi } from './vi';

function leaves(tree: object, prefix = ''): Record<string, unknown> {
  return Object.entries(tree).reduce<Record<string, unknown>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object'
      ? { ...all, ...leaves(value, path) }
      : { ...all, [path]: value };
  }, {});
}

const viLeaves = leaves(vi);
const enLeaves = leaves(en);

describe('translations', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(enLeaves).sort()).toEqual(Object.keys(viLeaves).sort());
  });

  it('have no empty texts', () => {
    for (const [key, value] of Object.entries({ ...viLeaves, ...enLeaves })) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => String(text).match(/{{\w+}}/g)?.sort() ?? [];
    for (const key of Object.keys(viLeaves)) {
      expect(placeholders(enLeaves[key]), key).toEqual(placeholders(viLeaves[key]));
    }
  });

  it('label every unit type, unit level and role', () => {
    const types: Record<components['schemas']['UnitType'], true> = {
      TINH: true, THANH_PHO: true, HUYEN: true, THI_XA: true, THANH_PHO_THUOC_TINH: true, QUAN: true,
      XA: true, PHUONG: true, THI_TRAN: true, DAC_KHU: true, BAN: true, THON: true, TIEU_KHU: true,
      TO_DAN_PHO: true, XOM: true, AP: true, KHU_PHO: true,
    };
    expect(Object.keys(vi.unitType).sort()).toEqual(Object.keys(types).sort());
    expect(vi.unitType.TIEU_KHU).toBe('Tiểu khu');
    expect(Object.keys(vi.unitLevel).sort()).toEqual(['COMMUNE', 'DISTRICT', 'HAMLET', 'PROVINCE']);
    for (const role of ROLES) expect(vi.role[role]).toBeTruthy();
    expect(vi.role['province-officer']).toBe('Cán bộ Công an tỉnh');
  });
});
