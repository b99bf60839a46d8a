import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from './paging';

export const MIN_QUERY_LENGTH = 2;

/** Units in the caller's scope whose name matches; the server ignores accents and case. */
export const searchUnits = (q: string, page: number) =>
  unwrap(api.GET('/api/v1/units', { params: { query: { q, page, size: PAGE_SIZE, sort: 'name' } } }));

export function useSearchUnits(q: string) {
  const query = q.trim();
  return useInfiniteQuery({
    queryKey: ['units', 'search', query],
    queryFn: ({ pageParam }) => searchUnits(query, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
    enabled: query.length >= MIN_QUERY_LENGTH,
  });
}
