import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { MEDIATION_ROOT } from './get-mediation-cases';

export type MediationFigures = components['schemas']['MediationFigures'];

/** The unit's mediation figures for the server's default period (this year so far). */
export const getMediationFigures = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/mediation-figures', { params: { path: { id } } }));

export function useMediationFigures(unitId: number) {
  return useQuery({
    queryKey: [MEDIATION_ROOT, 'figures', unitId],
    queryFn: () => getMediationFigures(unitId),
    staleTime: 0,
  });
}
