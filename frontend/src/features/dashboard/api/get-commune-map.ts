import { useQuery } from '@tanstack/react-query';

/** A commune's boundary: the GeoJSON feature of the SPA's map file (public/maps/, see its README). */
export interface CommuneFeature {
  type: 'Feature';
  id?: string;
  properties: { code: string; name: string };
  geometry: { type: 'MultiPolygon' | 'Polygon'; coordinates: unknown };
}

export interface CommuneMap {
  type: 'FeatureCollection';
  features: CommuneFeature[];
}

const MAP_URL = '/maps/son-la-communes.geojson';

async function getCommuneMap(signal: AbortSignal): Promise<CommuneMap> {
  const response = await fetch(MAP_URL, { signal });
  if (!response.ok) throw new Error(`${MAP_URL}: HTTP ${response.status}`);
  return (await response.json()) as CommuneMap;
}

/** The commune boundaries, fetched (350 KB) only once a map is shown, then kept for the session. */
export function useCommuneMap(enabled: boolean) {
  return useQuery({
    queryKey: ['maps', 'son-la-communes'],
    queryFn: ({ signal }) => getCommuneMap(signal),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    meta: { inlineErrors: true },
  });
}
