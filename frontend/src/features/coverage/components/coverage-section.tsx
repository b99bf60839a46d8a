import { CoverageCard } from './coverage-card';
import { CoverageTable } from './coverage-table';

/** On a province, district or commune page: its coverage and that of the units under it. */
export function CoverageSection({ unitId }: { unitId: number }) {
  return (
    <>
      <CoverageCard unitId={unitId} />
      <CoverageTable unitId={unitId} />
    </>
  );
}
