import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { isStaleVersion } from '../../../lib/errors';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type GroupRating = components['schemas']['GroupRating'];
export type GroupRatingInput = components['schemas']['GroupRatingInput'];
export type GroupRatingScale = components['schemas']['GroupRatingScale'];
export type GroupCriterion = components['schemas']['GroupCriterion'];
export type UnitGroupRating = components['schemas']['UnitGroupRating'];

/** Root of every evaluation query: a rating refreshes the group's list, the units' lists and their totals. */
export const EVALUATION_ROOT = 'evaluations';

export const getRatingScale = () => unwrap(api.GET('/api/v1/evaluation/group-rating-scale'));
export const getGroupRatings = (groupId: number) =>
  unwrap(api.GET('/api/v1/groups/{id}/ratings', { params: { path: { id: groupId } } }));
export const getUnitGroupRatings = (unitId: number, year: number, page: number) =>
  unwrap(api.GET('/api/v1/units/{id}/group-ratings', { params: { path: { id: unitId }, query: { year, page, size: PAGE_SIZE } } }));
export const rateGroup = (groupId: number, year: number, body: GroupRatingInput) =>
  unwrap(api.PUT('/api/v1/groups/{id}/ratings/{year}', { params: { path: { id: groupId, year } }, body }));

/** The levels (best first) and criteria; configured on the server, so kept for the session. */
export function useRatingScale() {
  return useQuery({ queryKey: [EVALUATION_ROOT, 'scale'], queryFn: getRatingScale, staleTime: Infinity });
}

export function useGroupRatings(groupId: number) {
  return useQuery({ queryKey: [EVALUATION_ROOT, 'group', groupId], queryFn: () => getGroupRatings(groupId) });
}

/** Every active group below the unit with its rating for the year, by hamlet and number. */
export function useUnitGroupRatings(unitId: number, year: number) {
  return useInfiniteQuery({
    queryKey: [EVALUATION_ROOT, 'unit-groups', unitId, year],
    queryFn: ({ pageParam }) => getUnitGroupRatings(unitId, year, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

/** Everything an evaluation changes, except the scale (it does not change): the lists, their totals, the dashboard. */
export const evaluationsChanged = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: [EVALUATION_ROOT], predicate: (query) => query.queryKey[1] !== 'scale' }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.dashboard] }),
  ]);

export function useRateGroup(groupId: number, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupRatingInput) => rateGroup(groupId, year, body),
    meta: { inlineErrors: true },
    onSuccess: () => evaluationsChanged(queryClient),
    onError: (error) => (isStaleVersion(error) ? evaluationsChanged(queryClient) : undefined),
  });
}
