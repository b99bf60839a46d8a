import { api } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/files';
import type { FileFormat } from './export-households';

/** Downloads the empty import file with its example rows. */
export const downloadImportTemplate = (format: FileFormat) =>
  downloadFile(
    api.GET('/api/v1/households/import-template', { params: { query: { format } }, parseAs: 'blob' }),
    `mau-nhap-ho-gia-dinh.${format}`,
  );
