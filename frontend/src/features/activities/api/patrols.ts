import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { ACTIVITY_ROOT } from './meetings';

export type Patrol = components['schemas']['Patrol'];
export type PatrolInput = components['schemas']['PatrolInput'];

export const getPatrols = (unitId: number, page: number) =>
  unwrap(api.GET('/api/v1/patrols', { params: { query: { unitId, page, size: PAGE_SIZE } } }));
export const recordPatrol = (body: PatrolInput) => unwrap(api.POST('/api/v1/patrols', { body }));

export function usePatrols(unitId: number) {
  return useInfiniteQuery({
    queryKey: [ACTIVITY_ROOT, 'patrols', unitId],
    queryFn: ({ pageParam }) => getPatrols(unitId, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

export function useRecordPatrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordPatrol,
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ACTIVITY_ROOT] }),
  });
}
