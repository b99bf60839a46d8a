import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { QUERY_ROOTS } from '../../../lib/query-keys';

export type HouseholdDetail = components['schemas']['HouseholdDetail'];
export type Person = components['schemas']['Person'];
export type Gender = components['schemas']['Gender'];
export type Relation = components['schemas']['Relation'];

export const GENDERS: Gender[] = ['MALE', 'FEMALE', 'OTHER'];
export const RELATIONS: Relation[] = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'];

export const householdKey = (id: number) => [QUERY_ROOTS.households, id] as const;

/** A household with its people and its group memberships, newest first. */
export const getHousehold = (id: number) => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } }));

export function useHousehold(id: number) {
  return useQuery({ queryKey: householdKey(id), queryFn: () => getHousehold(id) });
}
