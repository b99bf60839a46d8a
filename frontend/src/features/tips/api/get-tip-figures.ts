import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type TipFigures = components['schemas']['TipFigures'];

export const getTipFigures = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/tip-figures', { params: { path: { id } } }));

export function useTipFigures(unitId: number) {
  return useQuery({ queryKey: [QUERY_ROOTS.tips, 'figures', unitId], queryFn: () => getTipFigures(unitId), staleTime: 0 });
}
