import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import { TIP_CATEGORIES, TIP_OUTCOMES, TIP_STATUSES } from '../api/tip-enums';
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
      QUOC_GIA: true, TINH: true, THANH_PHO: true, HUYEN: true, THI_XA: true, THANH_PHO_THUOC_TINH: true, QUAN: true,
      XA: true, PHUONG: true, THI_TRAN: true, DAC_KHU: true, BAN: true, THON: true, TIEU_KHU: true,
      TO_DAN_PHO: true, XOM: true, AP: true, KHU_PHO: true,
    };
    expect(Object.keys(vi.unitType).sort()).toEqual(Object.keys(types).sort());
    expect(vi.unitType.TIEU_KHU).toBe('Tiểu khu');
    expect(Object.keys(vi.unitLevel).sort()).toEqual(['COMMUNE', 'COUNTRY', 'DISTRICT', 'HAMLET', 'PROVINCE']);
    for (const role of ROLES) expect(vi.role[role]).toBeTruthy();
    expect(vi.role['province-officer']).toBe('Cán bộ Công an tỉnh');
  });

  it('label every tip category, status, outcome, source and history entry of the contract', () => {
    const sources: Record<components['schemas']['TipSource'], true> = { SELF: true, INFORMANT: true, ANONYMOUS: true, CITIZEN: true };
    const kinds: Record<components['schemas']['Kind'], true> = {
      FILED: true, STATUS: true, ASSIGNED: true, FORWARDED: true, RESULT: true, QUESTION: true, REPORTER_MESSAGE: true, PHOTO: true,
    };
    // Records over the generated types: a value added to the contract fails to compile here until listed.
    const categories: Record<components['schemas']['TipCategory'], true> = {
      DRUGS: true, THEFT_ROBBERY: true, GAMBLING: true, FIGHTING_DISORDER: true, SUSPICIOUS_PEOPLE: true,
      WEAPONS_EXPLOSIVES: true, DOMESTIC_VIOLENCE: true, HUMAN_TRAFFICKING: true, ILLEGAL_BORDER_CROSSING: true,
      FRAUD_ONLINE_SCAM: true, TRAFFIC: true, FIRE: true, OTHER: true,
    };
    const statuses: Record<components['schemas']['TipStatus'], true> = { NEW: true, VERIFYING: true, ACTIONED: true, CLOSED: true };
    const outcomes: Record<components['schemas']['TipOutcome'], true> = { CONFIRMED: true, UNFOUNDED: true, DUPLICATE: true, PRANK: true };
    expect([...TIP_CATEGORIES].sort()).toEqual(Object.keys(categories).sort());
    expect([...TIP_STATUSES].sort()).toEqual(Object.keys(statuses).sort());
    expect([...TIP_OUTCOMES].sort()).toEqual(Object.keys(outcomes).sort());
    expect(Object.keys(vi.tipCategory).sort()).toEqual([...TIP_CATEGORIES].sort());
    expect(Object.keys(vi.tipStatus).sort()).toEqual([...TIP_STATUSES].sort());
    expect(Object.keys(vi.tipOutcome).sort()).toEqual([...TIP_OUTCOMES].sort());
    expect(Object.keys(vi.tipSource).sort()).toEqual(Object.keys(sources).sort());
    expect(Object.keys(vi.tipEvent).sort()).toEqual(Object.keys(kinds).sort());
    expect(vi.tipCategory.DRUGS).toBe('Ma túy');
  });
});
