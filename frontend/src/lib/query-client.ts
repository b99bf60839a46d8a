import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isRetryable, reportError } from './errors';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The form shows the failure itself, next to its fields, instead of the error banner. */
      inlineErrors?: boolean;
    };
    queryMeta: {
      /** The page shows the failure itself (e.g. a wrong tracking code), instead of the error banner. */
      inlineErrors?: boolean;
    };
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!query.meta?.inlineErrors) reportError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!mutation.meta?.inlineErrors) reportError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isRetryable(error) && failures < 2,
      },
    },
  });
}
