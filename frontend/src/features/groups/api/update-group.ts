import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { HOUSEHOLD_AND_GROUP_ROOTS } from '../../../lib/query-keys';
import { groupKey } from './get-group';

export type GroupUpdate = components['schemas']['GroupUpdate'];

export const updateGroup = (id: number, body: GroupUpdate) =>
  unwrap(api.PUT('/api/v1/groups/{id}', { params: { path: { id } }, body }));

/** Saves the group; its name and status also show in household lists and coverage counts. */
export function useUpdateGroup(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupUpdate) => updateGroup(id, body),
    meta: { inlineErrors: true },
    onSuccess: async (group) => {
      queryClient.setQueryData(groupKey(id), group);
      await Promise.all(HOUSEHOLD_AND_GROUP_ROOTS.map((root) => queryClient.invalidateQueries({ queryKey: [root] })));
    },
  });
}
