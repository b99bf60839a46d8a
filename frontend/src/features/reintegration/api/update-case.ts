import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { reintegrationCaseKey } from './get-reintegration-case';
import { REINTEGRATION_ROOT } from './get-reintegration-cases';

export type ReintegrationCaseUpdate = components['schemas']['ReintegrationCaseUpdate'];

export const updateReintegrationCase = (id: number, body: ReintegrationCaseUpdate) =>
  unwrap(api.PUT('/api/v1/reintegration-cases/{id}', { params: { path: { id } }, body }));

/** Editing the case (officers): category, level, planned end, and after a handover the new hamlet and group. */
export function useUpdateReintegrationCase(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReintegrationCaseUpdate) => updateReintegrationCase(id, body),
    meta: { inlineErrors: true },
    onSuccess: async (detail) => {
      queryClient.setQueryData(reintegrationCaseKey(id), detail);
      await queryClient.invalidateQueries({ queryKey: [REINTEGRATION_ROOT, 'list'] });
    },
  });
}
