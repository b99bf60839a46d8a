import type { ReactNode } from 'react';
import type { Unit } from '../api/paging';
import { UnitBrowser } from '../components/unit-browser';
import { UnitSearch } from '../components/unit-search';

interface UnitPageProps {
  unitId: number;
  rootUnitId?: number;
  /** What other features show about the unit (groups, households, coverage), placed under its details. */
  sections?: (unit: Unit) => ReactNode;
}

/** The hierarchy page: search across the user's scope, then the unit being browsed. */
export function UnitPage({ unitId, rootUnitId, sections }: UnitPageProps) {
  return (
    <>
      <UnitSearch />
      <UnitBrowser unitId={unitId} rootUnitId={rootUnitId} sections={sections} />
    </>
  );
}
