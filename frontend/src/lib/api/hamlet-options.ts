import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

const OPTIONS = 50;

/** Hamlets in the caller's scope whose name matches (all of them, by name, when the text is empty). */
export const getHamletOptions = (q: string) =>
  unwrap(
    api.GET('/api/v1/units', {
      params: { query: { level: 'HAMLET', q: q || undefined, page: 0, size: OPTIONS, sort: 'name' } },
    }),
  );

export function useHamletOptions(q: string, enabled: boolean) {
  const text = q.trim();
  return useQuery({
    queryKey: ['units', 'hamlet-options', text],
    queryFn: () => getHamletOptions(text),
    enabled,
    placeholderData: (previous) => previous,
  });
}
