import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';
import { groupKey } from './get-group';

export type GroupCreate = components['schemas']['GroupCreate'];

export const createGroup = (body: GroupCreate) => unwrap(api.POST('/api/v1/groups', { body }));

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGroup,
    meta: { inlineErrors: true },
    onSuccess: async (group) => {
      if (group.id !== undefined) queryClient.setQueryData(groupKey(group.id), group);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.groups, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.groups, 'options'] }),
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.coverage] }),
      ]);
    },
  });
}
