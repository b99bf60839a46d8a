import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { REINTEGRATION_ROOT } from './get-reintegration-cases';

export type ReintegrationCaseDetail = components['schemas']['ReintegrationCaseDetail'];
export type ReintegrationCaseCreate = components['schemas']['ReintegrationCaseCreate'];
export type ContactInput = components['schemas']['ContactInput'];
export type SupportPlan = components['schemas']['SupportPlan'];
export type StatusChange = components['schemas']['StatusChange'];

export const reintegrationCaseKey = (id: number) => [REINTEGRATION_ROOT, 'detail', id] as const;

/** Every read of the full view is recorded in the audit trail by the server. */
export const getReintegrationCase = (id: number) =>
  unwrap(api.GET('/api/v1/reintegration-cases/{id}', { params: { path: { id } } }));
export const createReintegrationCase = (body: ReintegrationCaseCreate) =>
  unwrap(api.POST('/api/v1/reintegration-cases', { body }));
export const logContact = (id: number, body: ContactInput) =>
  unwrap(api.POST('/api/v1/reintegration-cases/{id}/contacts', { params: { path: { id } }, body }));
export const savePlan = (id: number, body: SupportPlan) =>
  unwrap(api.PUT('/api/v1/reintegration-cases/{id}/plan', { params: { path: { id } }, body }));
export const changeStatus = (id: number, body: StatusChange) =>
  unwrap(api.POST('/api/v1/reintegration-cases/{id}/status', { params: { path: { id } }, body }));

export function useReintegrationCase(id: number) {
  return useQuery({ queryKey: reintegrationCaseKey(id), queryFn: () => getReintegrationCase(id), staleTime: 0 });
}

/** After a change: keep the server's answer, refresh the lists and the figures. */
async function caseSaved(queryClient: QueryClient, detail: ReintegrationCaseDetail) {
  const id = detail.id;
  if (id != null) queryClient.setQueryData(reintegrationCaseKey(id), detail);
  await queryClient.invalidateQueries({
    queryKey: [REINTEGRATION_ROOT],
    predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== id,
  });
}

function useCaseChange<T>(call: (body: T) => Promise<ReintegrationCaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, meta: { inlineErrors: true }, onSuccess: (detail) => caseSaved(queryClient, detail) });
}

export const useCreateReintegrationCase = () => useCaseChange(createReintegrationCase);
export const useLogContact = (id: number) => useCaseChange((body: ContactInput) => logContact(id, body));
export const useSavePlan = (id: number) => useCaseChange((body: SupportPlan) => savePlan(id, body));
export const useChangeStatus = (id: number) => useCaseChange((body: StatusChange) => changeStatus(id, body));
