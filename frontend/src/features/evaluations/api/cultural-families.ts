import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';
import { MAX_RATINGS_PER_CALL, saveInChunks, withSaved, type CulturalEntry } from '../components/cultural-changes';
import { EVALUATION_ROOT, evaluationsChanged } from './group-ratings';

export type CulturalFamilyPage = components['schemas']['CulturalFamilyPage'];
export type CulturalFamily = components['schemas']['CulturalFamily'];

/** Households per request: a hamlet of 300 households loads in a few small answers on a slow network. */
export const CULTURAL_PAGE_SIZE = 100;

export const culturalKey = (hamletId: number, year: number) => [EVALUATION_ROOT, 'cultural', hamletId, year] as const;

export const getCulturalFamilies = (hamletId: number, year: number, page: number) =>
  unwrap(
    api.GET('/api/v1/units/{id}/cultural-families', {
      params: { path: { id: hamletId }, query: { year, page, size: CULTURAL_PAGE_SIZE } },
    }),
  );
export const rateCulturalFamilies = (hamletId: number, year: number, ratings: CulturalEntry[]) =>
  unwrap(api.PUT('/api/v1/units/{id}/cultural-families/{year}', { params: { path: { id: hamletId, year } }, body: { ratings } }));

/** The hamlet's households (a group leader: its group's) with their rating for the year, by code. */
export function useCulturalFamilies(hamletId: number, year: number) {
  return useInfiniteQuery({
    queryKey: culturalKey(hamletId, year),
    queryFn: ({ pageParam }) => getCulturalFamilies(hamletId, year, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

interface SaveRequest {
  entries: CulturalEntry[];
  /** After each answered request: which ratings it saved and how many are saved so far. */
  onChunkSaved: (chunk: CulturalEntry[], done: number) => void;
}

/**
 * Sends the ratings in requests of at most 500. Each saved chunk is written into the list at once, so a failure
 * half-way leaves only the unsaved ratings to send again.
 */
export function useSaveCulturalFamilies(hamletId: number, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entries, onChunkSaved }: SaveRequest) =>
      saveInChunks(
        entries,
        MAX_RATINGS_PER_CALL,
        (chunk) => rateCulturalFamilies(hamletId, year, chunk),
        (chunk, done) => {
          queryClient.setQueryData<InfiniteData<CulturalFamilyPage>>(culturalKey(hamletId, year), (data) =>
            data ? { ...data, pages: withSaved(data.pages, chunk) } : data,
          );
          onChunkSaved(chunk, done);
        },
      ),
    meta: { inlineErrors: true },
    onSettled: () => evaluationsChanged(queryClient),
  });
}
