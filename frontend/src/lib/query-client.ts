import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isRetryable, reportError } from './errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportError }),
    mutationCache: new MutationCache({ onError: reportError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isRetryable(error) && failures < 2,
      },
    },
  });
}
