import { api } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/files';
import type { HouseholdFilter } from './get-households';

export type FileFormat = 'csv' | 'xlsx';

/** Downloads the households the list shows (same filters), with their people, one row per person. */
export const exportHouseholds = (format: FileFormat, filter: HouseholdFilter) =>
  downloadFile(
    api.GET('/api/v1/households/export', { params: { query: { format, ...filter } }, parseAs: 'blob' }),
    `ho-gia-dinh.${format}`,
  );
