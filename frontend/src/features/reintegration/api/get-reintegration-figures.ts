import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { REINTEGRATION_ROOT } from './get-reintegration-cases';

/** People followed, by category and status, relapses and overdue contacts of a unit this year. */
export const getReintegrationFigures = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/reintegration-figures', { params: { path: { id } } }));

export function useReintegrationFigures(unitId: number) {
  return useQuery({
    queryKey: [REINTEGRATION_ROOT, 'figures', unitId],
    queryFn: () => getReintegrationFigures(unitId),
    staleTime: 0,
  });
}
