import { UnitBrowser } from '../components/unit-browser';
import { UnitSearch } from '../components/unit-search';

/** The hierarchy page: search across the user's scope, then the unit being browsed. */
export function UnitPage({ unitId, rootUnitId }: { unitId: number; rootUnitId?: number }) {
  return (
    <>
      <UnitSearch />
      <UnitBrowser unitId={unitId} rootUnitId={rootUnitId} />
    </>
  );
}
