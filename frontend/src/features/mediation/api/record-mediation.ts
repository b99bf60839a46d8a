import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { mediationCaseSaved } from './get-mediation-case';

export type MediationSessionInput = components['schemas']['MediationSessionInput'];
export type MediationClosing = components['schemas']['MediationClosing'];

export const recordMediationSession = (id: number, body: MediationSessionInput) =>
  unwrap(api.POST('/api/v1/mediation-cases/{id}/sessions', { params: { path: { id } }, body }));
export const closeMediationCase = (id: number, body: MediationClosing) =>
  unwrap(api.POST('/api/v1/mediation-cases/{id}/closing', { params: { path: { id } }, body }));

export function useRecordMediationSession(caseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MediationSessionInput) => recordMediationSession(caseId, body),
    meta: { inlineErrors: true },
    onSuccess: (detail) => mediationCaseSaved(queryClient, detail),
  });
}

export function useCloseMediationCase(caseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MediationClosing) => closeMediationCase(caseId, body),
    meta: { inlineErrors: true },
    onSuccess: (detail) => mediationCaseSaved(queryClient, detail),
  });
}
