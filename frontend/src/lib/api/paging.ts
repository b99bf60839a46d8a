/** Page size of the lists the app pages through with "show more". */
export const PAGE_SIZE = 20;

/** What every paged answer of the API carries. */
export interface PageInfo {
  total?: number;
  page?: number;
  size?: number;
}

/** Next page number for useInfiniteQuery, or undefined after the last page. */
export function nextPage(last: PageInfo): number | undefined {
  const page = last.page ?? 0;
  const size = last.size ?? PAGE_SIZE;
  return (page + 1) * size < (last.total ?? 0) ? page + 1 : undefined;
}
