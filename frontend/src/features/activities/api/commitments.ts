import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { ACTIVITY_ROOT } from './meetings';

export type GroupCommitments = components['schemas']['GroupCommitments'];

export const getGroupCommitments = (groupId: number, year: number) =>
  unwrap(api.GET('/api/v1/groups/{id}/commitments', { params: { path: { id: groupId }, query: { year } } }));
export const signCommitment = (householdId: number, year: number, signedOn: string) =>
  unwrap(api.PUT('/api/v1/households/{id}/commitments/{year}', { params: { path: { id: householdId, year } }, body: { signedOn } }));
export const removeCommitment = (householdId: number, year: number) =>
  unwrap(api.DELETE('/api/v1/households/{id}/commitments/{year}', { params: { path: { id: householdId, year } } }));

export function useGroupCommitments(groupId: number, year: number) {
  return useQuery({
    queryKey: [ACTIVITY_ROOT, 'commitments', groupId, year],
    queryFn: () => getGroupCommitments(groupId, year),
  });
}

export function useCommitmentChange(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ householdId, signedOn }: { householdId: number; signedOn?: string }) =>
      signedOn ? signCommitment(householdId, year, signedOn) : removeCommitment(householdId, year),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ACTIVITY_ROOT] }),
  });
}
