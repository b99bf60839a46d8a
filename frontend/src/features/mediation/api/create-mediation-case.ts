import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { mediationCaseSaved } from './get-mediation-case';

export type MediationCaseCreate = components['schemas']['MediationCaseCreate'];
export type MediationPartyInput = components['schemas']['MediationPartyInput'];
export type MediatorInput = components['schemas']['MediatorInput'];

export const createMediationCase = (body: MediationCaseCreate) => unwrap(api.POST('/api/v1/mediation-cases', { body }));

export function useCreateMediationCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMediationCase,
    meta: { inlineErrors: true },
    onSuccess: (detail) => mediationCaseSaved(queryClient, detail),
  });
}
