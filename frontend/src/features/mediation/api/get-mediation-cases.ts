import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';

export type MediationCaseSummary = components['schemas']['MediationCaseSummary'];
export type DisputeType = components['schemas']['DisputeType'];
export type MediationIntake = components['schemas']['MediationIntake'];
export type MediationOutcome = components['schemas']['MediationOutcome'];
export type MediationStatus = components['schemas']['MediationStatus'];
export type EscalationTarget = components['schemas']['EscalationTarget'];
export type MediatorRole = components['schemas']['MediatorRole'];

export const DISPUTE_TYPES: DisputeType[] = [
  'LAND_BOUNDARY',
  'MARRIAGE_FAMILY',
  'NEIGHBOURS',
  'DEBT_PROPERTY',
  'INHERITANCE',
  'NOISE_HYGIENE',
  'OTHER',
];
export const INTAKES: MediationIntake[] = ['PARTY_REQUEST', 'GROUP_NOTICED', 'COMMUNE_REFERRAL'];
export const OUTCOMES: MediationOutcome[] = ['RECONCILED', 'NOT_RECONCILED', 'ESCALATED', 'WITHDRAWN'];
export const ESCALATION_TARGETS: EscalationTarget[] = ['COMMUNE_POLICE', 'COMMUNE_PEOPLES_COMMITTEE', 'COURT'];
export const MEDIATOR_ROLES: MediatorRole[] = ['GROUP_LEADER', 'HAMLET_LEADER', 'MEDIATION_TEAM_MEMBER', 'OTHER'];

/** Root of every mediation query: a change refreshes lists, details and figures at once. */
export const MEDIATION_ROOT = 'mediation';

export interface MediationFilter {
  unitId?: number;
  groupId?: number;
  status?: MediationStatus;
}

export const getMediationCases = (filter: MediationFilter, page: number) =>
  unwrap(api.GET('/api/v1/mediation-cases', { params: { query: { ...filter, page, size: PAGE_SIZE } } }));

export const getEscalatedCases = (page: number) =>
  unwrap(api.GET('/api/v1/mediation-cases/escalated', { params: { query: { page, size: PAGE_SIZE } } }));

export function useMediationCases(filter: MediationFilter) {
  return useInfiniteQuery({
    queryKey: [MEDIATION_ROOT, 'list', filter],
    queryFn: ({ pageParam }) => getMediationCases(filter, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

/** The commune officer's queue: cases the groups escalated, newest first. */
export function useEscalatedCases() {
  return useInfiniteQuery({
    queryKey: [MEDIATION_ROOT, 'escalated'],
    queryFn: ({ pageParam }) => getEscalatedCases(pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
