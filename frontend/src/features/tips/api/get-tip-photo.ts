import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { api, unwrap } from '../../../lib/api/client';
import { QUERY_ROOTS } from '../../../lib/query-keys';

/** A photo needs the bearer token, so it is fetched as a blob rather than linked. */
export const getTipPhoto = (id: number, photoId: number) =>
  unwrap(api.GET('/api/v1/tips/{id}/photos/{photoId}', { params: { path: { id, photoId } }, parseAs: 'blob' }));

/** An object URL of the photo while the component shows it. */
export function useTipPhotoUrl(tipId: number, photoId: number): string | undefined {
  const photo = useQuery({
    queryKey: [QUERY_ROOTS.tips, 'photo', tipId, photoId],
    queryFn: () => getTipPhoto(tipId, photoId),
    staleTime: Infinity,
  });
  const url = useMemo(() => (photo.data ? URL.createObjectURL(photo.data as Blob) : undefined), [photo.data]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}
