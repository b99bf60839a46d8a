import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Authorized } from '../../../lib/authorization';

/** Ways into the unit's households: the list (with export); on a hamlet also adding and importing. */
export function UnitHouseholds({ unitId, isHamlet }: { unitId: number; isHamlet: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="unit-households-title">
      <h2 id="unit-households-title">{t('household.listTitle')}</h2>
      <div className="actions">
        <Link to={`/units/${unitId}/households`} className="button button-quiet">
          {t('household.openList')}
        </Link>
        {isHamlet && (
          <Authorized policy="canEditHouseholds">
            <Link to={`/units/${unitId}/households/new`} className="button">
              {t('household.add')}
            </Link>
            <Link to={`/units/${unitId}/household-imports`} className="button button-quiet">
              {t('import.open')}
            </Link>
          </Authorized>
        )}
      </div>
    </section>
  );
}
