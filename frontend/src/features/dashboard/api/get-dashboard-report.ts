import { api } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/files';
import type { DashboardQuery } from './get-dashboard';

/** The same unit and period as an Excel workbook; the server names the file. */
export const downloadDashboardReport = ({ unitId, from, to }: DashboardQuery) =>
  downloadFile(
    api.GET('/api/v1/dashboard/report', { params: { query: { unitId, from, to } }, parseAs: 'blob' }),
    `bao-cao-lgtq-${from}-${to}.xlsx`,
  );
