import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type Dashboard = components['schemas']['Dashboard'];
export type DashboardFigures = components['schemas']['DashboardFigures'];
export type DashboardRow = components['schemas']['DashboardRow'];
export type DashboardUnit = components['schemas']['DashboardUnit'];
export type MediationOutcome = components['schemas']['MediationOutcome'];

/** What a dashboard shows: a unit (the caller's own when absent) and a period. */
export interface DashboardQuery {
  unitId?: number;
  from: string;
  to: string;
}

export const dashboardKey = ({ unitId, from, to }: DashboardQuery) => [QUERY_ROOTS.dashboard, unitId ?? 'own', from, to] as const;

export const getDashboard = ({ unitId, from, to }: DashboardQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/dashboard', { params: { query: { unitId, from, to } }, signal }));

/**
 * The figures of a unit and period, cached per unit and period. While another unit or period loads, the
 * last one stays on screen (`isPlaceholderData`), so drilling down does not blank the page.
 */
export function useDashboard(query: DashboardQuery) {
  return useQuery({
    queryKey: dashboardKey(query),
    queryFn: ({ signal }) => getDashboard(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
