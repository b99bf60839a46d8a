import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { householdSaved } from './invalidate';

export type HouseholdCreate = components['schemas']['HouseholdCreate'];
export type PersonInput = components['schemas']['PersonInput'];

export const createHousehold = (body: HouseholdCreate) => unwrap(api.POST('/api/v1/households', { body }));

export function useCreateHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createHousehold,
    meta: { inlineErrors: true },
    onSuccess: (household) => householdSaved(queryClient, household),
  });
}
