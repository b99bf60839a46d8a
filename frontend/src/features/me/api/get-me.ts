import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';

export type Me = components['schemas']['MeDto'];

export const getMe = () => unwrap(api.GET('/api/v1/me'));

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: getMe, staleTime: Infinity });
}
