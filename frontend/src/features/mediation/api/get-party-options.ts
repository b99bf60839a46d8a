import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Households of the hamlet matching the text, to pick parties from (the server limits them to the caller's scope). */
export const getPartyOptions = (hamletId: number, q: string) =>
  unwrap(api.GET('/api/v1/households', { params: { query: { unitId: hamletId, q: q || undefined, page: 0, size: 20, sort: 'code' } } }));

export function usePartyOptions(hamletId: number, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['households', 'party-options', hamletId, text],
    queryFn: () => getPartyOptions(hamletId, text),
    placeholderData: (previous) => previous,
  });
}
