import { describe, expect, it } from 'vitest';
import { can, POLICIES, primaryRole, type Policy } from './authorization';

describe('authorization', () => {
  it('lets province and commune officers edit units, nobody else', () => {
    expect(can(['province-officer'], 'canEditUnits')).toBe(true);
    expect(can(['offline_access', 'commune-officer'], 'canEditUnits')).toBe(true);
    for (const role of ['district-officer', 'hamlet-leader', 'group-leader', 'integration']) {
      expect(can([role], 'canEditUnits'), role).toBe(false);
    }
  });

  it('lets officers and the hamlet leader edit groups and households; group leaders and systems only read', () => {
    for (const role of ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader']) {
      expect(can(['default-roles-lgtq', role], 'canEditHouseholds'), role).toBe(true);
    }
    for (const role of ['group-leader', 'integration', 'default-roles-lgtq']) {
      expect(can([role], 'canEditHouseholds'), role).toBe(false);
    }
  });

  it('lets only officers triage tips, and every person role but systems file them', () => {
    for (const role of ['province-officer', 'district-officer', 'commune-officer']) {
      expect(can([role], 'canTriageTips'), role).toBe(true);
      expect(can([role], 'canFileTips'), role).toBe(true);
    }
    for (const role of ['hamlet-leader', 'group-leader']) {
      expect(can([role], 'canTriageTips'), role).toBe(false);
      expect(can([role], 'canFileTips'), role).toBe(true);
    }
    expect(can(['integration'], 'canTriageTips')).toBe(false);
    expect(can(['integration'], 'canFileTips')).toBe(false);
  });

  it('shows the dashboard to officers and hamlet leaders, not to group leaders', () => {
    for (const role of ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader']) {
      expect(can(['default-roles-lgtq', role], 'canSeeDashboard'), role).toBe(true);
    }
    for (const role of ['group-leader', 'default-roles-lgtq']) {
      expect(can([role], 'canSeeDashboard'), role).toBe(false);
    }
  });

  it('lets officers rate groups and keep the registers; leaders read; only province and district decide the safety standard', () => {
    const expected: Record<string, string[]> = {
      canSeeGroupRatings: ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'],
      canRateGroups: ['province-officer', 'district-officer', 'commune-officer'],
      canSeeUnitGroupRatings: ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader'],
      canKeepGroupFund: ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'],
      canSeeCulturalFamilies: ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'],
      canRateCulturalFamilies: ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader'],
      canSeeSafetyStandards: ['province-officer', 'district-officer', 'commune-officer'],
      canDecideSafetyStandards: ['province-officer', 'district-officer'],
      canKeepKeyAreas: ['province-officer', 'district-officer', 'commune-officer'],
      canSeeRecognitions: ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'],
      canRecordRecognitions: ['province-officer', 'district-officer', 'commune-officer'],
    };
    for (const [policy, allowed] of Object.entries(expected)) {
      for (const role of ['province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader', 'integration']) {
        expect(can(['default-roles-lgtq', role], policy as Policy), `${policy} ${role}`).toBe(allowed.includes(role));
      }
    }
  });

  it('lets the national officer read the dashboard and nothing of a unit\'s records', () => {
    const granted = POLICIES.filter((policy) => can(['default-roles-lgtq', 'national-officer'], policy));
    expect(granted).toEqual(['canSeeDashboard']);
    expect(can(['province-officer'], 'canSeeUnitRecords')).toBe(true);
  });

  it('picks the highest product role, ignoring Keycloak technical roles', () => {
    expect(primaryRole(['default-roles-lgtq', 'hamlet-leader', 'commune-officer'])).toBe('commune-officer');
    expect(primaryRole(['default-roles-lgtq'])).toBeUndefined();
  });
});
