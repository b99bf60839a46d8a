import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type HouseholdSummary = components['schemas']['HouseholdSummary'];

/** The list's filters; the export uses the same ones. */
export interface HouseholdFilter {
  unitId: number;
  groupId?: number;
  withoutGroup?: boolean;
  q?: string;
}

export const getHouseholds = (filter: HouseholdFilter, page: number) =>
  unwrap(api.GET('/api/v1/households', { params: { query: { ...filter, page, size: PAGE_SIZE, sort: 'code' } } }));

export function useHouseholds(filter: HouseholdFilter) {
  return useInfiniteQuery({
    queryKey: [QUERY_ROOTS.households, 'list', filter],
    queryFn: ({ pageParam }) => getHouseholds(filter, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
