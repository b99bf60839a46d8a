import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Unit } from '../api/paging';
import { UnitBadges } from './unit-badges';

interface UnitListProps {
  units: Unit[];
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  onOpen?: () => void;
}

/** A paged list of units, each a link to its own page. */
export function UnitList({ units, hasMore, loadingMore, onMore, onOpen }: UnitListProps) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="unit-list">
        {units.map((unit) => (
          <li key={unit.id}>
            <Link to={`/units/${unit.id}`} className="unit-link" onClick={onOpen}>
              <span className="unit-link-name">{unit.name}</span>
              <span className="unit-link-meta">
                {unit.type && t(`unitType.${unit.type}`)}
                {unit.code && <> · {unit.code}</>}
                <UnitBadges unit={unit} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" className="button button-wide" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? t('unit.loading') : t('unit.more')}
        </button>
      )}
    </>
  );
}
