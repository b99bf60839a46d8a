import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { MEDIATION_ROOT } from './get-mediation-cases';

export type MediationCaseDetail = components['schemas']['MediationCaseDetail'];

export const mediationCaseKey = (id: number) => [MEDIATION_ROOT, 'detail', id] as const;

export const getMediationCase = (id: number) =>
  unwrap(api.GET('/api/v1/mediation-cases/{id}', { params: { path: { id } } }));

export function useMediationCase(id: number) {
  return useQuery({ queryKey: mediationCaseKey(id), queryFn: () => getMediationCase(id) });
}

/** After a change: keep the server's answer, refresh the lists, the queue and the figures. */
export async function mediationCaseSaved(queryClient: QueryClient, detail: MediationCaseDetail) {
  const id = detail.summary?.id;
  if (id != null) queryClient.setQueryData(mediationCaseKey(id), detail);
  await queryClient.invalidateQueries({
    queryKey: [MEDIATION_ROOT],
    predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== id,
  });
}
