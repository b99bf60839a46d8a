import type { components } from '../../../lib/api/schema';

export type Unit = components['schemas']['UnitDto'];
export type UnitPage = components['schemas']['UnitPage'];

export const PAGE_SIZE = 20;

/** Next page number for useInfiniteQuery, or undefined after the last page. */
export function nextPage(last: UnitPage): number | undefined {
  const page = last.page ?? 0;
  const size = last.size ?? PAGE_SIZE;
  return (page + 1) * size < (last.total ?? 0) ? page + 1 : undefined;
}
