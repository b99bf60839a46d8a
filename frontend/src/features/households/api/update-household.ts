import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { householdSaved } from './invalidate';

export type HouseholdUpdate = components['schemas']['HouseholdUpdate'];

export const updateHousehold = (id: number, body: HouseholdUpdate) =>
  unwrap(api.PUT('/api/v1/households/{id}', { params: { path: { id } }, body }));

export function useUpdateHousehold(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HouseholdUpdate) => updateHousehold(id, body),
    meta: { inlineErrors: true },
    onSuccess: (household) => householdSaved(queryClient, household),
  });
}
