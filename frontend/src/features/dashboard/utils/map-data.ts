import type { CommuneFeature, CommuneMap } from '../api/get-commune-map';
import type { DashboardRow } from '../api/get-dashboard';
import type { FigureField } from './indicators';

/** One commune on the map: `name` is its GSO code, which the map series matches to `properties.code`. */
export interface MapItem {
  name: string;
  value: number | null;
  unitId: number;
  unitName: string;
}

export interface JoinedMap {
  /** The boundaries of the communes shown, and only those (the map zooms to them). */
  map: CommuneMap;
  items: MapItem[];
  /** Communes that have no boundary in the map file. */
  unmapped: DashboardRow[];
}

/**
 * Joins the dashboard's communes to their boundaries by GSO code, never by name (the map file writes some
 * tone marks the old way).
 */
export function joinByCode(map: CommuneMap, communes: readonly DashboardRow[], field: FigureField): JoinedMap {
  const byCode = new Map<string, CommuneFeature>(map.features.map((feature) => [feature.properties.code, feature]));
  const features: CommuneFeature[] = [];
  const items: MapItem[] = [];
  const unmapped: DashboardRow[] = [];
  for (const row of communes) {
    const code = row.unit?.code;
    const feature = code ? byCode.get(code) : undefined;
    if (!feature || row.unit?.id == null) {
      unmapped.push(row);
      continue;
    }
    features.push(feature);
    items.push({ name: code!, value: row.figures?.[field] ?? null, unitId: row.unit.id, unitName: row.unit.name ?? code! });
  }
  return { map: { type: 'FeatureCollection', features }, items, unmapped };
}

/** The top of the colour scale: 100 for percentages, else the largest value (at least 1). */
export function scaleMax(items: readonly MapItem[], percent: boolean): number {
  if (percent) return 100;
  return Math.max(1, ...items.map((item) => item.value ?? 0));
}
