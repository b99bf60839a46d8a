import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { isStaleVersion } from '../../../lib/errors';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type KeyArea = components['schemas']['KeyArea'];
export type KeyAreaCreate = components['schemas']['KeyAreaCreate'];
export type KeyAreaUpdate = components['schemas']['KeyAreaUpdate'];

/** Root of every key area query: a change refreshes the lists and the transformed count. */
export const KEY_AREA_ROOT = 'key-areas';

export const getKeyAreas = (unitId: number, transformed: boolean | undefined, page: number, size = PAGE_SIZE) =>
  unwrap(api.GET('/api/v1/key-areas', { params: { query: { unitId, transformed, page, size } } }));
export const createKeyArea = (body: KeyAreaCreate) => unwrap(api.POST('/api/v1/key-areas', { body }));
export const updateKeyArea = (id: number, body: KeyAreaUpdate) =>
  unwrap(api.PUT('/api/v1/key-areas/{id}', { params: { path: { id } }, body }));

/** The key areas of the unit and the units below it, newest listed first. */
export function useKeyAreas(unitId: number, transformed?: boolean) {
  return useInfiniteQuery({
    queryKey: [KEY_AREA_ROOT, 'list', unitId, transformed ?? 'all'],
    queryFn: ({ pageParam }) => getKeyAreas(unitId, transformed, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

/** How many key areas of the unit are transformed (or not): one row is enough to read the total. */
export function useKeyAreaCount(unitId: number, transformed?: boolean) {
  return useQuery({
    queryKey: [KEY_AREA_ROOT, 'count', unitId, transformed ?? 'all'],
    queryFn: () => getKeyAreas(unitId, transformed, 0, 1).then((page) => page.total ?? 0),
  });
}

/** A change refreshes every key area query and the dashboard; a refused stale edit too, so that the next save carries the new version. */
function useKeyAreaMutation<T>(mutationFn: (body: T) => Promise<KeyArea>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [KEY_AREA_ROOT] }),
      queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.dashboard] }),
    ]);
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: refresh,
    onError: (error) => (isStaleVersion(error) ? refresh() : undefined),
  });
}

export const useCreateKeyArea = () => useKeyAreaMutation(createKeyArea);
export const useUpdateKeyArea = (id: number) => useKeyAreaMutation((body: KeyAreaUpdate) => updateKeyArea(id, body));
