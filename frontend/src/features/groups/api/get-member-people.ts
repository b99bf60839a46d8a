import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

type HouseholdDetail = components['schemas']['HouseholdDetail'];

export interface MemberPerson {
  id: number;
  fullName: string;
  householdId: number;
  householdCode: string;
}

const getHousehold = (id: number) => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } }));

/**
 * The people of the group's member households: who may lead the group or be its deputy.
 * One request per household (the API has no list of a group's people); shares the households' cache.
 */
export function useMemberPeople(householdIds: number[], enabled: boolean) {
  return useQueries({
    queries: householdIds.map((id) => ({
      queryKey: [QUERY_ROOTS.households, id],
      queryFn: () => getHousehold(id),
      enabled,
    })),
    combine: (results) => ({
      people: results.flatMap((result) => peopleOf(result.data)),
      isPending: results.some((result) => result.isPending),
      isError: results.some((result) => result.isError),
    }),
  });
}

function peopleOf(household: HouseholdDetail | undefined): MemberPerson[] {
  if (!household || household.id === undefined) return [];
  return (household.people ?? []).flatMap((person) =>
    person.id === undefined
      ? []
      : [{ id: person.id, fullName: person.fullName ?? '', householdId: household.id!, householdCode: household.code ?? '' }],
  );
}
