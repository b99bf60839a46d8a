import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { ACTIVITY_ROOT } from './meetings';

export type ActivityFigures = components['schemas']['ActivityFigures'];

/** The unit's activity figures for the server's default period (this year so far). */
export const getActivityFigures = (id: number) =>
  unwrap(api.GET('/api/v1/units/{id}/activity-figures', { params: { path: { id } } }));

export function useActivityFigures(unitId: number) {
  return useQuery({ queryKey: [ACTIVITY_ROOT, 'figures', unitId], queryFn: () => getActivityFigures(unitId), staleTime: 0 });
}
