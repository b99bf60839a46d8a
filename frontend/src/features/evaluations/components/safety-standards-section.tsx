import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../../components/figure-card';
import { ModalDialog } from '../../../components/modal-dialog';
import { QueryStatus } from '../../../components/query-status';
import { recentYears, YearField } from '../../../components/year-field';
import { formatDate } from '../../../lib/dates';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useSafetyStandards, type SafetyStandard } from '../api/safety-standards';
import { SafetyStandardForm } from './safety-standard-form';

interface SafetyStandardsSectionProps {
  unitId: number;
  /** Province and district officers record the decisions. */
  canDecide: boolean;
  /** The caller's own unit: a commune never decides on itself. */
  ownUnitId?: number;
}

/** On a province, district or commune page: the communes' safety standard for a year, and the decisions. */
export function SafetyStandardsSection({ unitId, canDecide, ownUnitId }: SafetyStandardsSectionProps) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const titleId = `safety-standards-${unitId}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('safety.title')}</h2>
      <p className="hint">{canDecide ? t('safety.intro') : `${t('safety.intro')} ${t('safety.readOnly')}`}</p>
      <div className="section-controls">
        <YearField label={t('safety.year')} value={year} years={recentYears()} onChange={setYear} />
      </div>
      <SafetyStandardsOfYear unitId={unitId} year={year} canDecide={canDecide} ownUnitId={ownUnitId} />
    </section>
  );
}

function SafetyStandardsOfYear({ unitId, year, canDecide, ownUnitId }: SafetyStandardsSectionProps & { year: number }) {
  const { t, i18n } = useTranslation();
  const standards = useSafetyStandards(unitId, year);
  const [open, setOpen] = useState<SafetyStandard>();
  const [saved, setSaved] = useState<SafetyStandard>();
  if (!standards.isSuccess) {
    return <QueryStatus isPending={standards.isPending} isError={standards.isError} onRetry={() => void standards.refetch()} />;
  }
  const first = standards.data.pages[0];
  const items = standards.data.pages.flatMap((page) => page.items ?? []);
  const decided = first?.decided ?? 0;
  const number = (value: number | undefined) => formatNumber(value, i18n.language);
  const current = open && (items.find((item) => item.communeId === open.communeId) ?? open);
  return (
    <>
      {saved && (
        <p className="banner banner-success" role="status">
          {t('safety.saved', { commune: saved.communeName, year: saved.year })}
        </p>
      )}
      <dl className="figure-cards" aria-label={t('safety.title')}>
        <FigureCard label={t('safety.communes')}>{number(first?.total)}</FigureCard>
        <FigureCard label={t('safety.decided')}>{number(decided)}</FigureCard>
        <FigureCard label={t('safety.met')}>{number(first?.met)}</FigureCard>
        <FigureCard label={t('safety.rate')}>
          {decided ? formatPercent(((first?.met ?? 0) / decided) * 100, i18n.language) : t('common.none')}
        </FigureCard>
      </dl>
      {items.length === 0 ? (
        <p className="status">{t('safety.none')}</p>
      ) : (
        <ul className="item-list" aria-label={t('safety.list', { year })}>
          {items.map((row) => {
            const decidedRow = row.met != null;
            return (
              <li key={row.communeId} className="item row-item">
                <span className="row-main">
                  <span className="item-title">{row.communeName}</span>
                  <span className="item-meta">
                    <span className={`badge badge-safety-${decidedRow ? (row.met ? 'met' : 'not-met') : 'none'}`}>
                      {decidedRow ? (row.met ? t('safety.metYes') : t('safety.metNo')) : t('safety.undecided')}
                    </span>{' '}
                    {row.decidedOn &&
                      (row.decisionRef
                        ? t('safety.decision', { ref: row.decisionRef, date: formatDate(row.decidedOn, i18n.language) })
                        : t('safety.decisionDate', { date: formatDate(row.decidedOn, i18n.language) }))}
                  </span>
                  {row.note && <span className="item-meta">{row.note}</span>}
                </span>
                {canDecide && row.communeId !== ownUnitId && (
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t(decidedRow ? 'safety.editFor' : 'safety.recordFor', { commune: row.communeName })}
                    onClick={() => {
                      setSaved(undefined);
                      setOpen(row);
                    }}
                  >
                    {decidedRow ? t('safety.edit') : t('safety.record')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {standards.hasNextPage && (
        <button type="button" className="button button-quiet button-wide" disabled={standards.isFetchingNextPage} onClick={() => void standards.fetchNextPage()}>
          {standards.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
      {current && (
        <ModalDialog labelledBy="safety-dialog-title" onClose={() => setOpen(undefined)}>
          <h2 id="safety-dialog-title">{t('safety.formTitle', { commune: current.communeName, year })}</h2>
          <SafetyStandardForm
            row={current}
            year={year}
            onCancel={() => setOpen(undefined)}
            onSaved={(result) => {
              setSaved(result);
              setOpen(undefined);
            }}
          />
        </ModalDialog>
      )}
    </>
  );
}
