import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';

export type ReintegrationCaseSummary = components['schemas']['ReintegrationCaseSummary'];
export type ReintegrationCategory = components['schemas']['ReintegrationCategory'];
export type ReintegrationStatus = components['schemas']['ReintegrationStatus'];
export type SupportLevel = components['schemas']['SupportLevel'];
export type SupportArea = components['schemas']['SupportArea'];
export type ContactMethod = components['schemas']['ContactMethod'];
export type ContactResult = components['schemas']['ContactResult'];

export const CATEGORIES: ReintegrationCategory[] = [
  'AFTER_COMPULSORY_REHAB',
  'AFTER_VOLUNTARY_REHAB',
  'RELEASED_FROM_PRISON',
  'BACK_FROM_REFORM_SCHOOL',
  'OTHER',
];
export const STATUSES: ReintegrationStatus[] = ['ACTIVE', 'COMPLETED', 'RELAPSED', 'MOVED_AWAY', 'DECEASED'];
export const SUPPORT_LEVELS: SupportLevel[] = ['LOW', 'MEDIUM', 'HIGH'];
export const SUPPORT_AREAS: SupportArea[] = ['WORK', 'HEALTH', 'FAMILY', 'STUDY'];
export const CONTACT_METHODS: ContactMethod[] = ['VISIT', 'PHONE', 'MEETING', 'OTHER'];
export const CONTACT_RESULTS: ContactResult[] = ['MET', 'NOT_MET', 'REFUSED'];

/** Root of every reintegration query: a change refreshes lists, details and figures at once. */
export const REINTEGRATION_ROOT = 'reintegration';

export interface ReintegrationFilter {
  unitId?: number;
  status?: ReintegrationStatus;
  contactOverdue?: boolean;
}

export const getReintegrationCases = (filter: ReintegrationFilter, page: number) =>
  unwrap(
    api.GET('/api/v1/reintegration-cases', {
      params: { query: { ...filter, page, size: PAGE_SIZE, sort: 'nextContactDue' } },
    }),
  );

/** Cases the caller follows, the next contact due first (for leaders: whom to visit next). */
export function useReintegrationCases(filter: ReintegrationFilter) {
  return useInfiniteQuery({
    queryKey: [REINTEGRATION_ROOT, 'list', filter],
    queryFn: ({ pageParam }) => getReintegrationCases(filter, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
