/**
 * The first element of the query keys of data that several features show, so that a change made in one
 * feature refreshes the others (features do not import each other). Invalidating a root refreshes
 * every query under it.
 */
export const QUERY_ROOTS = {
  groups: 'groups',
  households: 'households',
  coverage: 'coverage',
  householdImports: 'household-imports',
  /** Tip lists, details, the inbox counts and the tip figures. */
  tips: 'tips',
  /** The dashboard's figures: evaluations, registers and funds count in them. */
  dashboard: 'dashboard',
} as const;

/** What a change to households or groups makes out of date: lists, details and coverage counts. */
export const HOUSEHOLD_AND_GROUP_ROOTS = [QUERY_ROOTS.households, QUERY_ROOTS.groups, QUERY_ROOTS.coverage] as const;
