import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { problemKind } from '../../../lib/errors';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type GroupFund = components['schemas']['GroupFund'];
export type FundEntry = components['schemas']['FundEntry'];
export type FundEntryInput = components['schemas']['FundEntryInput'];
export type FundKind = components['schemas']['FundKind'];

export const FUND_KINDS: FundKind[] = ['CONTRIBUTION', 'EXPENSE', 'SUPPORT'];

/** Root of every fund query. */
export const FUND_ROOT = 'fund';

export const getGroupFund = (groupId: number, page: number) =>
  unwrap(api.GET('/api/v1/groups/{id}/fund', { params: { path: { id: groupId }, query: { page, size: PAGE_SIZE } } }));
export const recordFundEntry = (groupId: number, body: FundEntryInput) =>
  unwrap(api.POST('/api/v1/groups/{id}/fund-entries', { params: { path: { id: groupId } }, body }));

/** The totals and balance (on every page) and the entries, newest first, a page at a time. */
export function useGroupFund(groupId: number) {
  return useInfiniteQuery({
    queryKey: [FUND_ROOT, groupId],
    queryFn: ({ pageParam }) => getGroupFund(groupId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => nextPage(last.entries ?? {}),
  });
}

/** An entry changes the totals and the list; a refused expense means the balance shown was out of date. */
export function useRecordFundEntry(groupId: number) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [FUND_ROOT, groupId] }),
      queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.dashboard] }),
    ]);
  return useMutation({
    mutationFn: (body: FundEntryInput) => recordFundEntry(groupId, body),
    meta: { inlineErrors: true },
    onSuccess: refresh,
    onError: (error) => (problemKind(error) === 'fund-overdrawn' ? refresh() : undefined),
  });
}
