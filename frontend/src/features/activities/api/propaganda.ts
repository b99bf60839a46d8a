import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { ACTIVITY_ROOT } from './meetings';

export type PropagandaInput = components['schemas']['PropagandaInput'];
export type PropagandaChannel = components['schemas']['PropagandaChannel'];

export const PROPAGANDA_CHANNELS: PropagandaChannel[] = ['MEETING', 'LOUDSPEAKER', 'DOOR_TO_DOOR', 'OTHER'];

export const recordPropaganda = (body: PropagandaInput) => unwrap(api.POST('/api/v1/propaganda-sessions', { body }));

export function useRecordPropaganda() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordPropaganda,
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ACTIVITY_ROOT] }),
  });
}
