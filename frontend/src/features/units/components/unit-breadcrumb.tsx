import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnitAncestors } from '../api/get-unit-ancestors';
import type { Unit } from '../api/paging';

interface UnitBreadcrumbProps {
  unit: Unit;
  /** The user's own unit: ancestors above it are outside the user's scope and shown without a link. */
  rootUnitId?: number;
}

export function UnitBreadcrumb({ unit, rootUnitId }: UnitBreadcrumbProps) {
  const { t } = useTranslation();
  const ancestors = useUnitAncestors(unit.id!).data ?? [];
  const trail = ancestors.filter((ancestor) => ancestor.id !== unit.id);
  const rootIndex = trail.findIndex((ancestor) => ancestor.id === rootUnitId);
  if (trail.length === 0) return null; // the unit's own name is the page heading
  return (
    <nav className="breadcrumb" aria-label={t('unit.breadcrumb')}>
      <ol>
        {trail.map((ancestor, index) => (
          <li key={ancestor.id}>
            {rootIndex >= 0 && index >= rootIndex ? (
              <Link to={`/units/${ancestor.id}`}>{ancestor.name}</Link>
            ) : (
              <span>{ancestor.name}</span>
            )}
          </li>
        ))}
        <li aria-current="page">{unit.name}</li>
      </ol>
    </nav>
  );
}
