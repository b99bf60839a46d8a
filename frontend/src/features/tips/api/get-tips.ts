import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';
import { TIP_CATEGORIES, TIP_OUTCOMES, TIP_STATUSES, type TipCategory, type TipOutcome, type TipStatus } from '../../../lib/api/tip-enums';

export type TipSummary = components['schemas']['TipSummary'];
export type TipSource = components['schemas']['TipSource'];
export { TIP_CATEGORIES, TIP_OUTCOMES, TIP_STATUSES, type TipCategory, type TipOutcome, type TipStatus };

/** The list's filters (officers); the export uses the same ones. Others always get the tips they filed. */
export interface TipFilter {
  unitId?: number;
  status?: TipStatus;
  category?: TipCategory;
  overdue?: boolean;
  assignee?: string;
}

export const getTips = (filter: TipFilter, page: number) =>
  unwrap(api.GET('/api/v1/tips', { params: { query: { ...filter, page, size: PAGE_SIZE, sort: '-createdAt' } } }));

/** How often an officer's inbox and lists ask for new tips (there is no push channel). */
export const TIP_POLL_MS = 30_000;

export function useTips(filter: TipFilter, poll: boolean) {
  return useInfiniteQuery({
    queryKey: [QUERY_ROOTS.tips, 'list', filter],
    queryFn: ({ pageParam }) => getTips(filter, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
    refetchInterval: poll ? TIP_POLL_MS : false,
  });
}
