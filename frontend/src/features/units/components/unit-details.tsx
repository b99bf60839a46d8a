import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/paging';
import { UnitBadges } from './unit-badges';
import { formatDate } from '../../../lib/dates';

export function UnitDetails({ unit }: { unit: Unit }) {
  const { t, i18n } = useTranslation();
  const date = (value?: string | null) => (value ? formatDate(value, i18n.language) : t('unit.noDate'));
  return (
    <section className="card unit-details" aria-labelledby="unit-title">
      <h1 id="unit-title">
        {unit.name} <UnitBadges unit={unit} />
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('unit.code')}</dt>
          <dd>{unit.code}</dd>
        </div>
        <div>
          <dt>{t('unit.type')}</dt>
          <dd>{unit.type && t(`unitType.${unit.type}`)}</dd>
        </div>
        <div>
          <dt>{t('unit.level')}</dt>
          <dd>{unit.level && t(`unitLevel.${unit.level}`)}</dd>
        </div>
        <div>
          <dt>{t('unit.validFrom')}</dt>
          <dd>{date(unit.validFrom)}</dd>
        </div>
        <div>
          <dt>{t('unit.validTo')}</dt>
          <dd>{date(unit.validTo)}</dd>
        </div>
      </dl>
    </section>
  );
}
