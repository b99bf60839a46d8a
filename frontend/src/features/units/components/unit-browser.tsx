import { QueryStatus } from '../../../components/query-status';
import { useUnit } from '../api/get-unit';
import { UnitBreadcrumb } from './unit-breadcrumb';
import { UnitChildren } from './unit-children';
import { UnitDetails } from './unit-details';

interface UnitBrowserProps {
  unitId: number;
  /** The signed-in user's unit, where the browsable part of the hierarchy starts. */
  rootUnitId?: number;
}

/** One unit of the hierarchy: where it sits, what it is, and the units under it. */
export function UnitBrowser({ unitId, rootUnitId }: UnitBrowserProps) {
  const unit = useUnit(unitId);
  if (!unit.isSuccess) {
    return <QueryStatus isPending={unit.isPending} isError={unit.isError} onRetry={() => void unit.refetch()} />;
  }
  return (
    <>
      <UnitBreadcrumb unit={unit.data} rootUnitId={rootUnitId} />
      <UnitDetails unit={unit.data} />
      <UnitChildren unitId={unitId} />
    </>
  );
}
