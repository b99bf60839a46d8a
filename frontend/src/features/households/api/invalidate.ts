import type { QueryClient } from '@tanstack/react-query';
import { HOUSEHOLD_AND_GROUP_ROOTS } from '../../../lib/query-keys';
import { householdKey, type HouseholdDetail } from './get-household';

/** After a household changed: keep the server's answer, refresh lists, groups (counts, members) and coverage. */
export async function householdSaved(queryClient: QueryClient, household: HouseholdDetail) {
  if (household.id != null) queryClient.setQueryData(householdKey(household.id), household);
  await Promise.all(HOUSEHOLD_AND_GROUP_ROOTS.map((root) => queryClient.invalidateQueries({ queryKey: [root] })));
}
