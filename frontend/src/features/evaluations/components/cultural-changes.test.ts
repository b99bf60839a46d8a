import { describe, expect, it } from 'vitest';
import {
  chunk,
  culturalChanges,
  culturalRate,
  isTicked,
  MAX_RATINGS_PER_CALL,
  saveInChunks,
  tickAll,
  withSaved,
  withTick,
  type CulturalRow,
} from './cultural-changes';

const rows: CulturalRow[] = [
  { householdId: 1, cultural: true },
  { householdId: 2, cultural: false },
  { householdId: 3, cultural: null },
  { householdId: 4 },
];

describe('cultural family ticks', () => {
  it('show what is stored until a box is changed, and forget a change set back', () => {
    expect(rows.map((row) => isTicked(row, new Map()))).toEqual([true, false, false, false]);
    const ticks = withTick(new Map(), rows[1], true);
    expect(isTicked(rows[1], ticks)).toBe(true);
    expect(withTick(ticks, rows[1], false).size).toBe(0);
    expect(withTick(new Map(), rows[2], false).size).toBe(0);
  });

  it('tick all marks every listed household, untick all clears them', () => {
    const all = tickAll(rows, true);
    expect(rows.every((row) => isTicked(row, all))).toBe(true);
    expect([...all.keys()]).toEqual([2, 3, 4]);
    const none = tickAll(rows, false);
    expect(rows.some((row) => isTicked(row, none))).toBe(false);
    expect([...none.entries()]).toEqual([[1, false]]);
  });
});

describe('culturalChanges', () => {
  it('sends changed ticks, and unrated households as not cultural unless ticked', () => {
    expect(culturalChanges(rows, new Map())).toEqual([
      { householdId: 3, cultural: false },
      { householdId: 4, cultural: false },
    ]);
    const ticks = new Map([
      [1, false],
      [3, true],
    ]);
    expect(culturalChanges(rows, ticks)).toEqual([
      { householdId: 1, cultural: false },
      { householdId: 3, cultural: true },
      { householdId: 4, cultural: false },
    ]);
  });

  it('sends nothing once everything stored matches, and each household once', () => {
    const rated: CulturalRow[] = [{ householdId: 1, cultural: true }, { householdId: 2, cultural: false }, { householdId: 1, cultural: true }];
    expect(culturalChanges(rated, new Map())).toEqual([]);
    expect(culturalChanges([...rows, { householdId: 3, cultural: null }], new Map())).toHaveLength(2);
  });
});

describe('chunk and saveInChunks', () => {
  it('cut 1,201 ratings into requests of 500, 500 and 201', () => {
    const many = Array.from({ length: 1201 }, (_, index) => index);
    expect(chunk(many, MAX_RATINGS_PER_CALL).map((part) => part.length)).toEqual([500, 500, 201]);
    expect(chunk(many, MAX_RATINGS_PER_CALL).flat()).toEqual(many);
    expect(chunk([], 500)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });

  it('send one chunk after the other, report progress, and stop at the first failure', async () => {
    const sent: number[][] = [];
    const progress: number[] = [];
    await saveInChunks([1, 2, 3, 4, 5], 2, async (part) => sent.push(part), (_, done) => progress.push(done));
    expect(sent).toEqual([[1, 2], [3, 4], [5]]);
    expect(progress).toEqual([2, 4, 5]);

    const saved: number[][] = [];
    const failing = saveInChunks(
      [1, 2, 3, 4, 5],
      2,
      async (part) => {
        if (part[0] === 3) throw new Error('network');
        return part;
      },
      (part) => saved.push(part),
    );
    await expect(failing).rejects.toThrow('network');
    expect(saved).toEqual([[1, 2]]);
  });
});

describe('withSaved and culturalRate', () => {
  it('write saved ratings into the loaded pages', () => {
    const pages = [{ items: rows.slice(0, 2), total: 4 }, { items: rows.slice(2), total: 4 }];
    const next = withSaved(pages, [{ householdId: 2, cultural: true }, { householdId: 4, cultural: false }]);
    expect(next.flatMap((page) => page.items!.map((row) => row.cultural ?? null))).toEqual([true, true, null, false]);
    expect(next[0].total).toBe(4);
    expect(pages[0].items[1].cultural).toBe(false);
  });

  it('give the share of cultural families among rated households', () => {
    expect(culturalRate(268, 313)).toBe(85.6);
    expect(culturalRate(0, 11)).toBe(0);
    expect(culturalRate(0, 0)).toBeUndefined();
  });
});
