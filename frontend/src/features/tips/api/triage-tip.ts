import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { tipSaved } from './get-tip';

export type TipTransition = components['schemas']['TipTransition'];
export type TipAssignment = components['schemas']['TipAssignment'];
export type TipResults = components['schemas']['TipResults'];

export const transitionTip = (id: number, body: TipTransition) =>
  unwrap(api.POST('/api/v1/tips/{id}/transitions', { params: { path: { id } }, body }));
export const assignTip = (id: number, body: TipAssignment) =>
  unwrap(api.POST('/api/v1/tips/{id}/assignment', { params: { path: { id } }, body }));
export const recordTipResults = (id: number, body: TipResults) =>
  unwrap(api.POST('/api/v1/tips/{id}/results', { params: { path: { id } }, body }));
export const addTipMessage = (id: number, text: string) =>
  unwrap(api.POST('/api/v1/tips/{id}/messages', { params: { path: { id } }, body: { text } }));

/** One hook per triage step; each keeps the answer and refreshes lists, inbox and figures. Errors show in the form. */
function useTipChange<T>(call: (id: number, body: T) => ReturnType<typeof transitionTip>, tipId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => call(tipId, body),
    meta: { inlineErrors: true },
    onSuccess: (tip) => tipSaved(queryClient, tip),
  });
}

export const useTransitionTip = (tipId: number) => useTipChange(transitionTip, tipId);
export const useAssignTip = (tipId: number) => useTipChange(assignTip, tipId);
export const useRecordTipResults = (tipId: number) => useTipChange(recordTipResults, tipId);
export const useAddTipMessage = (tipId: number) => useTipChange(addTipMessage, tipId);
