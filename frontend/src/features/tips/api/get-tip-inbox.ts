import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { QUERY_ROOTS } from '../../../lib/query-keys';
import { TIP_POLL_MS } from './get-tips';

export const tipInboxKey = [QUERY_ROOTS.tips, 'inbox'] as const;

export const getTipInbox = () => unwrap(api.GET('/api/v1/tips/inbox'));

/** New, unread and overdue tips of an officer's units, asked for again every 30 s so the count moves on its own. */
export function useTipInbox(enabled: boolean) {
  return useQuery({
    queryKey: tipInboxKey,
    queryFn: getTipInbox,
    enabled,
    staleTime: 0,
    refetchInterval: TIP_POLL_MS,
    refetchOnWindowFocus: true,
  });
}
