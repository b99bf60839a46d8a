import type { components } from '../../../lib/api/schema';

export type CulturalEntry = components['schemas']['CulturalFamilyEntry'];

/** The API takes at most this many ratings per request. */
export const MAX_RATINGS_PER_CALL = 500;

export interface CulturalRow {
  householdId?: number;
  /** As stored for the year: null or absent when not rated. */
  cultural?: boolean | null;
}

/** The ticks a person changed, by household: true for a cultural family. */
export type Ticks = ReadonlyMap<number, boolean>;

/** Whether the household's box is ticked: the person's change, else what is stored. */
export const isTicked = (row: CulturalRow, ticks: Ticks) => ticks.get(row.householdId!) ?? row.cultural === true;

/** The ticks after one box changed; a box set back to what is stored is no longer a change. */
export function withTick(ticks: Ticks, row: CulturalRow, ticked: boolean): Map<number, boolean> {
  const next = new Map(ticks);
  if (ticked === (row.cultural === true)) next.delete(row.householdId!);
  else next.set(row.householdId!, ticked);
  return next;
}

/** Every listed household ticked (or none). */
export function tickAll(rows: readonly CulturalRow[], ticked: boolean): Map<number, boolean> {
  return rows.reduce((ticks, row) => withTick(ticks, row, ticked), new Map<number, boolean>());
}

/**
 * What Save sends: each listed household whose box differs from what is stored. The year's evaluation covers
 * every household, so a household not yet rated and left unticked is saved as not a cultural family.
 */
export function culturalChanges(rows: readonly CulturalRow[], ticks: Ticks): CulturalEntry[] {
  const seen = new Set<number>();
  const changes: CulturalEntry[] = [];
  for (const row of rows) {
    const id = row.householdId;
    if (id == null || seen.has(id)) continue;
    seen.add(id);
    const cultural = isTicked(row, ticks);
    if (row.cultural == null || row.cultural !== cultural) changes.push({ householdId: id, cultural });
  }
  return changes;
}

/** The items in runs of at most `size`, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1');
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Sends the items in chunks, one request after the other (a cheap phone on a bad network does not need four at
 * once); after each answer reports the chunk and how many items are saved so far. Stops at the first failure.
 */
export async function saveInChunks<T, R>(
  items: readonly T[],
  size: number,
  send: (chunk: T[]) => Promise<R>,
  onSaved: (chunk: T[], done: number) => void,
): Promise<R[]> {
  const results: R[] = [];
  let done = 0;
  for (const part of chunk(items, size)) {
    results.push(await send(part));
    done += part.length;
    onSaved(part, done);
  }
  return results;
}

/** The loaded pages with the saved ratings written in (before the server's new totals arrive). */
export function withSaved<P extends { items?: CulturalRow[] }>(pages: readonly P[], saved: readonly CulturalEntry[]): P[] {
  const values = new Map(saved.map((entry) => [entry.householdId, entry.cultural]));
  return pages.map((page) => ({
    ...page,
    items: page.items?.map((row) => (values.has(row.householdId!) ? { ...row, cultural: values.get(row.householdId!) } : row)),
  }));
}

/** Cultural families among the rated households, 0–100 with one decimal; undefined before any rating. */
export function culturalRate(cultural: number | undefined, rated: number | undefined): number | undefined {
  if (!rated) return undefined;
  return Math.round(((cultural ?? 0) / rated) * 1000) / 10;
}
