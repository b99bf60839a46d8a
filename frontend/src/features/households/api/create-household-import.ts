import { useMutation } from '@tanstack/react-query';
import { uploadForm, type UploadProgress } from '../../../lib/api/files';
import type { components } from '../../../lib/api/schema';

export type ImportJob = components['schemas']['ImportJob'];

/** Uploads a CSV or XLSX file of households; the server answers with the job to follow. */
export const createHouseholdImport = (hamletId: number, file: File, onProgress: (progress: UploadProgress) => void) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm<ImportJob>(`/api/v1/hamlets/${hamletId}/household-imports`, form, onProgress);
};

export function useCreateHouseholdImport(hamletId: number, onProgress: (progress: UploadProgress) => void) {
  return useMutation({
    mutationFn: (file: File) => createHouseholdImport(hamletId, file, onProgress),
    meta: { inlineErrors: true },
  });
}
