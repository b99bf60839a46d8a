import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type TipDetail = components['schemas']['TipDetail'];
export type TipEvent = components['schemas']['TipEvent'];

export const tipKey = (id: number) => [QUERY_ROOTS.tips, 'detail', id] as const;

export const getTip = (id: number) => unwrap(api.GET('/api/v1/tips/{id}', { params: { path: { id } } }));

export function useTip(id: number) {
  return useQuery({ queryKey: tipKey(id), queryFn: () => getTip(id) });
}

/** After a change to a tip: keep the server's answer, refresh lists, the inbox and the figures. */
export async function tipSaved(queryClient: QueryClient, tip: TipDetail) {
  const id = tip.summary?.id;
  if (id != null) queryClient.setQueryData(tipKey(id), tip);
  await queryClient.invalidateQueries({
    queryKey: [QUERY_ROOTS.tips],
    predicate: (query) => id == null || query.queryKey[1] !== 'detail' || query.queryKey[2] !== id,
  });
}
