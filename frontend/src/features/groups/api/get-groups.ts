import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type GroupSummary = components['schemas']['GroupSummary'];
export type GroupStatus = components['schemas']['GroupStatus'];

export const GROUP_STATUSES: GroupStatus[] = ['ACTIVE', 'MERGED', 'DISSOLVED'];

/** The groups of a unit (any level) in the caller's scope, by number. */
export const getGroups = (unitId: number, page: number) =>
  unwrap(api.GET('/api/v1/groups', { params: { query: { unitId, page, size: PAGE_SIZE, sort: 'number' } } }));

export function useGroups(unitId: number) {
  return useInfiniteQuery({
    queryKey: [QUERY_ROOTS.groups, 'list', { unitId }],
    queryFn: ({ pageParam }) => getGroups(unitId, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
