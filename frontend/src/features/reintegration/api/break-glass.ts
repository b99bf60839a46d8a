import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import { REINTEGRATION_ROOT } from './get-reintegration-cases';

/** Time-limited access to cases outside the officer's area, found by citizen ID, for a recorded reason. */
export const breakGlass = (citizenId: string, reason: string) =>
  unwrap(api.POST('/api/v1/reintegration-cases/break-glass', { body: { citizenId, reason } }));

export const getBreakGlassAccesses = (page: number) =>
  unwrap(api.GET('/api/v1/reintegration-cases/break-glass-accesses', { params: { query: { page, size: PAGE_SIZE } } }));

export function useBreakGlass() {
  return useMutation({ mutationFn: ({ citizenId, reason }: { citizenId: string; reason: string }) => breakGlass(citizenId, reason), meta: { inlineErrors: true } });
}

/** For the province police: who broke the glass, on which case, why. */
export function useBreakGlassAccesses() {
  return useInfiniteQuery({
    queryKey: [REINTEGRATION_ROOT, 'accesses'],
    queryFn: ({ pageParam }) => getBreakGlassAccesses(pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
