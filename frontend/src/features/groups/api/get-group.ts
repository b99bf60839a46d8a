import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type GroupDetail = components['schemas']['GroupDetail'];

export const groupKey = (id: number) => [QUERY_ROOTS.groups, id] as const;

/** A group with its member households. */
export const getGroup = (id: number) => unwrap(api.GET('/api/v1/groups/{id}', { params: { path: { id } } }));

export function useGroup(id: number) {
  return useQuery({ queryKey: groupKey(id), queryFn: () => getGroup(id) });
}
