import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** The active groups and the households of a hamlet, to choose the responsible group, the person and the helpers. */
export function useHamletGroups(hamletId: number | undefined) {
  return useQuery({
    queryKey: ['groups', 'reintegration-options', hamletId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/groups', { params: { query: { unitId: hamletId!, status: 'ACTIVE', page: 0, size: 200 } } })),
    enabled: hamletId !== undefined,
  });
}

export function useHamletHouseholds(hamletId: number | undefined) {
  return useQuery({
    queryKey: ['households', 'reintegration-options', hamletId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/households', { params: { query: { unitId: hamletId!, page: 0, size: 200, sort: 'code' } } })),
    enabled: hamletId !== undefined,
  });
}

/** The people of one household, to pick the person followed. */
export function useHouseholdPeople(householdId: number | undefined) {
  return useQuery({
    queryKey: ['households', householdId, 'people-options'],
    queryFn: () => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id: householdId! } } })),
    enabled: householdId !== undefined,
  });
}

/** Communes by name, for a handover (any commune of the country, not only the caller's). */
export function useCommuneOptions(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['public-units', 'communes', text],
    queryFn: () => unwrap(api.GET('/api/v1/public/units', { params: { query: { q: text } } })),
    enabled: text.length >= 2,
    placeholderData: (previous) => previous,
  });
}
