import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getUnit = (id: number) => unwrap(api.GET('/api/v1/units/{id}', { params: { path: { id } } }));

export function useUnit(id: number) {
  return useQuery({ queryKey: ['units', id], queryFn: () => getUnit(id) });
}
