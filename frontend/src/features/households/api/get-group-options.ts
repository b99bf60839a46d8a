import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { QUERY_ROOTS } from '../../../lib/query-keys';

const MAX_GROUPS = 200;

/** The active groups of a hamlet (or of any unit), by number: what a household can join, or be filtered by. */
export const getGroupOptions = (unitId: number) =>
  unwrap(
    api.GET('/api/v1/groups', {
      params: { query: { unitId, status: 'ACTIVE', page: 0, size: MAX_GROUPS, sort: 'number' } },
    }),
  );

export function useGroupOptions(unitId: number | undefined) {
  return useQuery({
    queryKey: [QUERY_ROOTS.groups, 'options', unitId],
    queryFn: () => getGroupOptions(unitId!),
    enabled: unitId !== undefined,
    select: (page) => page.items ?? [],
  });
}
