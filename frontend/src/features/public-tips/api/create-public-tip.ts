import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';

export type PublicTipCreate = components['schemas']['PublicTipCreate'];
export type PublicTipCreated = components['schemas']['PublicTipCreated'];

export const createPublicTip = (body: PublicTipCreate) => unwrap(api.POST('/api/v1/public/tips', { body }));

export function useCreatePublicTip() {
  return useMutation({ mutationFn: createPublicTip, meta: { inlineErrors: true } });
}
