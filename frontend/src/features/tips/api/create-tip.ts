import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { uploadForm, type UploadProgress } from '../../../lib/api/files';
import type { components } from '../../../lib/api/schema';
import { tipSaved, type TipDetail } from './get-tip';

export type TipCreate = components['schemas']['TipCreate'];

export const createTip = (body: TipCreate) => unwrap(api.POST('/api/v1/tips', { body }));

export const addTipPhoto = (tipId: number, file: Blob, fileName: string, onProgress: (progress: UploadProgress) => void) => {
  const form = new FormData();
  form.append('file', file, fileName);
  return uploadForm<TipDetail>(`/api/v1/tips/${tipId}/photos`, form, onProgress);
};

export interface NewTip {
  body: TipCreate;
  photos: File[];
}

/** The outcome of filing: the tip, and whether every photo reached the server. */
export interface FiledTip {
  tip: TipDetail;
  photosFailed: boolean;
}

/**
 * Files the tip, then sends its photos one by one (a bad network loses one photo, not the tip).
 * onPhoto tells which photo is being sent and how far it got.
 */
export function useCreateTip(onPhoto: (number: number, total: number, progress?: UploadProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, photos }: NewTip): Promise<FiledTip> => {
      let tip = await createTip(body);
      const id = tip.summary!.id!;
      let photosFailed = false;
      for (const [index, photo] of photos.entries()) {
        onPhoto(index + 1, photos.length);
        try {
          tip = await addTipPhoto(id, photo, photo.name, (progress) => onPhoto(index + 1, photos.length, progress));
        } catch {
          photosFailed = true;
        }
      }
      return { tip, photosFailed };
    },
    meta: { inlineErrors: true },
    onSuccess: ({ tip }) => tipSaved(queryClient, tip),
  });
}

/** Adds one photo to a tip already filed. */
export function useAddTipPhoto(tipId: number, onProgress: (progress: UploadProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => addTipPhoto(tipId, file, file.name, onProgress),
    meta: { inlineErrors: true },
    onSuccess: (tip) => tipSaved(queryClient, tip),
  });
}
