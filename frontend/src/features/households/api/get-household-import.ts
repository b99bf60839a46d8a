import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { QUERY_ROOTS } from '../../../lib/query-keys';
import type { ImportJob } from './create-household-import';

export const POLL_INTERVAL_MS = 1000;

/** An import is over once it is done, rejected (bad rows) or failed; until then its progress changes. */
export const isFinished = (job: ImportJob | undefined) =>
  job?.status === 'DONE' || job?.status === 'REJECTED' || job?.status === 'FAILED';

export const getHouseholdImport = (jobId: string) =>
  unwrap(api.GET('/api/v1/household-imports/{id}', { params: { path: { id: jobId } } }));

/** Follows an import, asking every second until it is over. */
export function useHouseholdImport(jobId: string | undefined) {
  return useQuery({
    queryKey: [QUERY_ROOTS.householdImports, jobId],
    queryFn: () => getHouseholdImport(jobId!),
    enabled: jobId !== undefined,
    staleTime: 0,
    refetchInterval: (query) => (isFinished(query.state.data) || query.state.error ? false : POLL_INTERVAL_MS),
  });
}
