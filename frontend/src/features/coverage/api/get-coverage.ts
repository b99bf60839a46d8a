import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type Coverage = components['schemas']['Coverage'];

/** How much of the unit is covered by active groups: hamlets, households, people. */
export const getCoverage = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/coverage', { params: { path: { id } } }));

export function useCoverage(id: number) {
  return useQuery({ queryKey: [QUERY_ROOTS.coverage, id], queryFn: () => getCoverage(id) });
}
