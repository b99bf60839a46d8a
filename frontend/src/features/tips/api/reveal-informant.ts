import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** The informant's identity, for a stated reason. Never cached: it lives only in the dialog that asked for it. */
export const revealInformant = (id: number, reason: string) =>
  unwrap(api.POST('/api/v1/tips/{id}/informant-reveal', { params: { path: { id } }, body: { reason } }));

export function useRevealInformant(tipId: number) {
  return useMutation({
    mutationFn: (reason: string) => revealInformant(tipId, reason),
    meta: { inlineErrors: true },
  });
}
