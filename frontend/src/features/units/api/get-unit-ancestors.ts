import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** The unit's ancestors, root first. */
export const getUnitAncestors = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/ancestors', { params: { path: { id } } }));

export function useUnitAncestors(id: number) {
  return useQuery({ queryKey: ['units', id, 'ancestors'], queryFn: () => getUnitAncestors(id) });
}
