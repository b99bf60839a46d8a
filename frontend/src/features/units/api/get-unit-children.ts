import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from './paging';

/** Units directly under the given one that are valid today (for a former district: the communes linked to it). */
export const getUnitChildren = (id: number, page: number) =>
  unwrap(api.GET('/api/v1/units/{id}/children', { params: { path: { id }, query: { page, size: PAGE_SIZE } } }));

export function useUnitChildren(id: number) {
  return useInfiniteQuery({
    queryKey: ['units', id, 'children'],
    queryFn: ({ pageParam }) => getUnitChildren(id, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
