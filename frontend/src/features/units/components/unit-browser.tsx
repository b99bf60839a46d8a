import type { ReactNode } from 'react';
import { QueryStatus } from '../../../components/query-status';
import { useUnit } from '../api/get-unit';
import type { Unit } from '../api/paging';
import { UnitBreadcrumb } from './unit-breadcrumb';
import { UnitChildren } from './unit-children';
import { UnitDetails } from './unit-details';

interface UnitBrowserProps {
  unitId: number;
  /** The signed-in user's unit, where the browsable part of the hierarchy starts. */
  rootUnitId?: number;
  /** Sections of other features about this unit, shown under its details. */
  sections?: (unit: Unit) => ReactNode;
}

/** One unit of the hierarchy: where it sits, what it is, and the units under it (a hamlet has none). */
export function UnitBrowser({ unitId, rootUnitId, sections }: UnitBrowserProps) {
  const unit = useUnit(unitId);
  if (!unit.isSuccess) {
    return <QueryStatus isPending={unit.isPending} isError={unit.isError} onRetry={() => void unit.refetch()} />;
  }
  return (
    <>
      <UnitBreadcrumb unit={unit.data} rootUnitId={rootUnitId} />
      <UnitDetails unit={unit.data} />
      {sections?.(unit.data)}
      {unit.data.level !== 'HAMLET' && <UnitChildren unitId={unitId} />}
    </>
  );
}
