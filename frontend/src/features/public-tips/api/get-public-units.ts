import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';

export type PublicUnit = components['schemas']['PublicUnit'];
export const MIN_COMMUNE_QUERY = 2;

export const getPublicCommunes = (q: string) => unwrap(api.GET('/api/v1/public/units', { params: { query: { q } } }));
export const getPublicHamlets = (communeId: number) =>
  unwrap(api.GET('/api/v1/public/units', { params: { query: { communeId } } }));

/** Communes whose name matches (accents optional); asked for only from two letters on. */
export function usePublicCommunes(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['public-units', 'communes', text],
    queryFn: () => getPublicCommunes(text),
    enabled: text.length >= MIN_COMMUNE_QUERY,
    staleTime: 10 * 60_000,
    placeholderData: (previous) => previous,
  });
}

export function usePublicHamlets(communeId: number | undefined) {
  return useQuery({
    queryKey: ['public-units', 'hamlets', communeId],
    queryFn: () => getPublicHamlets(communeId!),
    enabled: communeId !== undefined,
    staleTime: 10 * 60_000,
  });
}
