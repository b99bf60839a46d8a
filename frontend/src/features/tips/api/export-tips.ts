import { api } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/files';
import type { TipFilter } from './get-tips';

/** The tips the inbox shows (same filters) as CSV; no informant and no description in it. */
export const exportTips = (filter: TipFilter) =>
  downloadFile(api.GET('/api/v1/tips/export', { params: { query: filter }, parseAs: 'blob' }), 'tin-bao.csv');
