import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type Recognition = components['schemas']['Recognition'];
export type RecognitionCreate = components['schemas']['RecognitionCreate'];
export type RecognitionLevel = components['schemas']['RecognitionLevel'];

/** Highest first. */
export const RECOGNITION_LEVELS: RecognitionLevel[] = ['MINISTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE'];

/** Root of every recognition query. */
export const RECOGNITION_ROOT = 'recognitions';

export const getRecognitions = (unitId: number, year: number | undefined, page: number) =>
  unwrap(api.GET('/api/v1/recognitions', { params: { query: { unitId, year, page, size: PAGE_SIZE } } }));
export const createRecognition = (body: RecognitionCreate) => unwrap(api.POST('/api/v1/recognitions', { body }));
/** Active groups below the unit matching the text, to pick the group recognised. */
export const getGroupOptions = (unitId: number, q: string) =>
  unwrap(api.GET('/api/v1/groups', { params: { query: { unitId, q: q || undefined, status: 'ACTIVE', page: 0, size: 20, sort: 'number' } } }));

/** Recognitions of the unit and below, newest year first (a group leader: its group's and its hamlet's people). */
export function useRecognitions(unitId: number, year?: number) {
  return useInfiniteQuery({
    queryKey: [RECOGNITION_ROOT, 'list', unitId, year ?? 'all'],
    queryFn: ({ pageParam }) => getRecognitions(unitId, year, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

export function useGroupOptions(unitId: number, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: [RECOGNITION_ROOT, 'group-options', unitId, text],
    queryFn: () => getGroupOptions(unitId, text),
    placeholderData: (previous) => previous,
  });
}

export function useCreateRecognition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRecognition,
    meta: { inlineErrors: true },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [RECOGNITION_ROOT, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.dashboard] }),
      ]),
  });
}
