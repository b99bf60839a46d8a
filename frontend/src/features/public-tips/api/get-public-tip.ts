import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { isRetryable } from '../../../lib/errors';

export type PublicTipView = components['schemas']['PublicTipView'];

const publicTipKey = (code: string) => ['public-tip', code] as const;

export const getPublicTip = (code: string) =>
  unwrap(api.GET('/api/v1/public/tips/{code}', { params: { path: { code } } }));
export const addPublicTipMessage = (code: string, text: string) =>
  unwrap(api.POST('/api/v1/public/tips/{code}/messages', { params: { path: { code } }, body: { text } }));

/** The tip behind a tracking code. A wrong code is shown next to the code field, not in the error banner. */
export function usePublicTip(code: string | undefined) {
  return useQuery({
    queryKey: publicTipKey(code ?? ''),
    queryFn: () => getPublicTip(code!),
    enabled: code !== undefined,
    staleTime: 0,
    retry: (failures, error) => isRetryable(error) && failures < 2,
    meta: { inlineErrors: true },
  });
}

export function useAddPublicTipMessage(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addPublicTipMessage(code, text),
    meta: { inlineErrors: true },
    onSuccess: (view) => queryClient.setQueryData(publicTipKey(code), view),
  });
}
