import { describe, expect, it } from 'vitest';
import { can, primaryRole } from './authorization';

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

  it('picks the highest product role, ignoring Keycloak technical roles', () => {
    expect(primaryRole(['default-roles-lgtq', 'hamlet-leader', 'commune-officer'])).toBe('commune-officer');
    expect(primaryRole(['default-roles-lgtq'])).toBeUndefined();
  });
});
