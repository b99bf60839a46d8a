import type { components } from '../../../lib/api/schema';

export type Unit = components['schemas']['UnitDto'];
export type UnitPage = components['schemas']['UnitPage'];

export { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
