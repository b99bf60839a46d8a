import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/paging';
import { isRetired } from './unit-dates';

export function UnitBadges({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <>
      {unit.demo && <span className="badge badge-demo">{t('unit.demo')}</span>}
      {isRetired(unit) && <span className="badge badge-retired">{t('unit.retired')}</span>}
    </>
  );
}
