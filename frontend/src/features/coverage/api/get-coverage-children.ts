import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { QUERY_ROOTS } from '../../../lib/query-keys';

/** The coverage of each unit directly under the given one (valid today), e.g. a commune's hamlets. */
export const getCoverageChildren = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/coverage/children', { params: { path: { id } } }));

export function useCoverageChildren(id: number) {
  return useQuery({ queryKey: [QUERY_ROOTS.coverage, id, 'children'], queryFn: () => getCoverageChildren(id) });
}
