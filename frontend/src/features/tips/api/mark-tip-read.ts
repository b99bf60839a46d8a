import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { QUERY_ROOTS } from '../../../lib/query-keys';
import { tipInboxKey } from './get-tip-inbox';

export const markTipRead = (id: number) => unwrap(api.POST('/api/v1/tips/{id}/read', { params: { path: { id } } }));

/** Opening a tip marks it read for the caller: the inbox count and the list's "unread" marks follow. */
export function useMarkTipRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markTipRead,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tipInboxKey }),
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.tips, 'list'] }),
      ]),
  });
}
