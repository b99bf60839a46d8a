import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { householdSaved } from './invalidate';

export type MembershipChange = components['schemas']['MembershipChange'];

/** Moves the household into a group of its hamlet, or out of its group when groupId is left out. */
export const changeMembership = (id: number, body: MembershipChange) =>
  unwrap(api.POST('/api/v1/households/{id}/membership', { params: { path: { id } }, body }));

export function useChangeMembership(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MembershipChange) => changeMembership(id, body),
    meta: { inlineErrors: true },
    onSuccess: (household) => householdSaved(queryClient, household),
  });
}
