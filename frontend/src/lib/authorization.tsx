import { useMemo, type ReactNode } from 'react';
import { useAuth } from './auth';

/**
 * Role gating, in one place. The server enforces every right; the UI only hides what the
 * server would refuse. Roles are the realm roles of the access token.
 */
export const ROLES = [
  'national-officer',
  'province-officer',
  'district-officer',
  'commune-officer',
  'hamlet-leader',
  'group-leader',
  'integration',
] as const;
export type Role = (typeof ROLES)[number];

const hasAny = (roles: readonly string[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));

const policies = {
  canEditUnits: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'commune-officer'),
  /** Groups, households, memberships and imports: the hamlet leader and the police officers. */
  canEditHouseholds: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader'),
  /** Triage, the inbox, figures and revealing an informant: police officers, in their scope. */
  canTriageTips: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer', 'commune-officer'),
  /** Filing a tip while logged in: the officers and the hamlet and group leaders. */
  canFileTips: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'),
  /** Mediation cases, meetings, patrols, propaganda and commitments: the people who run the groups. */
  canRecordActivities: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'),
  /**
   * The records of a unit (groups, households, activities): everyone who works in a province. The Ministry's national
   * officers read the aggregates only: the dashboard and coverage.
   */
  canSeeUnitRecords: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader', 'integration'),
  /** The dashboard of figures and its reports: officers (national ones too) and hamlet leaders (not group leaders). */
  canSeeDashboard: (roles: readonly string[]) =>
    hasAny(roles, 'national-officer', 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader'),
  /** The queue of mediation cases escalated by the groups. */
  canWorkEscalations: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer', 'commune-officer'),
  /** A group's yearly ratings and its fund: the people who run the groups (a group leader only its own group). */
  canSeeGroupRatings: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'),
  /** Rating the groups each year: police officers. */
  canRateGroups: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer', 'commune-officer'),
  /** Every group of a unit with its rating for a year: officers and the hamlet leader. */
  canSeeUnitGroupRatings: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader'),
  /** Recording contributions, support and expenses of a group's fund: its leader, the hamlet leader, officers. */
  canKeepGroupFund: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'),
  /** The cultural families of a hamlet (a group leader: its group's households, read only). */
  canSeeCulturalFamilies: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'),
  /** Rating households as cultural families: the hamlet leader and the officers. */
  canRateCulturalFamilies: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader'),
  /** The communes' security-and-order safety standard: officers read it. */
  canSeeSafetyStandards: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer', 'commune-officer'),
  /** Deciding it: province and district police only (a commune never rates itself). */
  canDecideSafetyStandards: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer'),
  /** The register of key complex areas, read and written: officers. */
  canKeepKeyAreas: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer', 'commune-officer'),
  /** Recognitions of exemplary groups and people: everyone who runs the groups reads those of their scope. */
  canSeeRecognitions: (roles: readonly string[]) =>
    hasAny(roles, 'province-officer', 'district-officer', 'commune-officer', 'hamlet-leader', 'group-leader'),
  /** Recording a recognition: officers. */
  canRecordRecognitions: (roles: readonly string[]) => hasAny(roles, 'province-officer', 'district-officer', 'commune-officer'),
} satisfies Record<string, (roles: readonly string[]) => boolean>;

export type Policy = keyof typeof policies;
export const POLICIES = Object.keys(policies) as Policy[];

export function can(roles: readonly string[], policy: Policy): boolean {
  return policies[policy](roles);
}

/** The product roles among the given ones, highest first (Keycloak adds technical roles too). */
export function productRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export function primaryRole(roles: readonly string[]): Role | undefined {
  return productRoles(roles)[0];
}

export function useAuthorization() {
  const { roles } = useAuth();
  return useMemo(
    () => ({
      roles: productRoles(roles),
      can: (policy: Policy) => can(roles, policy),
    }),
    [roles],
  );
}

export function Authorized({
  policy,
  children,
  fallback = null,
}: {
  policy: Policy;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useAuthorization().can(policy) ? children : fallback;
}
