import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { isStaleVersion } from '../../../lib/errors';
import { EVALUATION_ROOT, evaluationsChanged } from './group-ratings';

export type SafetyStandard = components['schemas']['SafetyStandard'];
export type SafetyStandardInput = components['schemas']['SafetyStandardInput'];

export const getSafetyStandards = (unitId: number, year: number, page: number) =>
  unwrap(api.GET('/api/v1/units/{id}/safety-standards', { params: { path: { id: unitId }, query: { year, page, size: PAGE_SIZE } } }));
export const recordSafetyStandard = (communeId: number, year: number, body: SafetyStandardInput) =>
  unwrap(api.PUT('/api/v1/units/{id}/safety-standards/{year}', { params: { path: { id: communeId, year } }, body }));

/** The communes below the unit (or the commune itself) that existed in the year, with their decision or none. */
export function useSafetyStandards(unitId: number, year: number) {
  return useInfiniteQuery({
    queryKey: [EVALUATION_ROOT, 'safety', unitId, year],
    queryFn: ({ pageParam }) => getSafetyStandards(unitId, year, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

export function useRecordSafetyStandard(communeId: number, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SafetyStandardInput) => recordSafetyStandard(communeId, year, body),
    meta: { inlineErrors: true },
    onSuccess: () => evaluationsChanged(queryClient),
    onError: (error) => (isStaleVersion(error) ? evaluationsChanged(queryClient) : undefined),
  });
}
