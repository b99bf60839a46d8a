import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../../components/figure-card';
import { FormProblemMessage } from '../../../components/form-problem';
import { ProgressBar } from '../../../components/progress-bar';
import { QueryStatus } from '../../../components/query-status';
import { recentYears, YearField } from '../../../components/year-field';
import { formProblem } from '../../../lib/errors';
import { formatNumber, formatPercent, progressPercent } from '../../../lib/numbers';
import { useCulturalFamilies, useSaveCulturalFamilies, type CulturalFamily } from '../api/cultural-families';
import { culturalChanges, culturalRate, isTicked, tickAll, withTick, type CulturalEntry, type Ticks } from './cultural-changes';

/**
 * On a hamlet's page: the households' cultural-family assessment of a year. The hamlet leader (or an officer)
 * ticks the recognised households and saves once; a group leader reads its group's households.
 */
export function CulturalFamiliesSection({ hamletId, canWrite }: { hamletId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [ticks, setTicks] = useState<Ticks>(() => new Map());
  const titleId = `cultural-families-${hamletId}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('cultural.title')}</h2>
      <div className="section-controls">
        <YearField
          label={t('cultural.year')}
          value={year}
          years={recentYears()}
          onChange={setYear}
          disabled={ticks.size > 0}
          hint={ticks.size > 0 ? t('cultural.yearLocked') : undefined}
        />
      </div>
      <CulturalFamiliesOfYear key={year} hamletId={hamletId} year={year} canWrite={canWrite} ticks={ticks} onTicks={setTicks} />
    </section>
  );
}

interface OfYearProps {
  hamletId: number;
  year: number;
  canWrite: boolean;
  ticks: Ticks;
  onTicks: (change: (ticks: Ticks) => Ticks) => void;
}

type Progress = { phase: 'loading' } | { phase: 'saving'; done: number; total: number } | { phase: 'saved'; count: number };

function CulturalFamiliesOfYear({ hamletId, year, canWrite, ticks, onTicks }: OfYearProps) {
  const { t, i18n } = useTranslation();
  const families = useCulturalFamilies(hamletId, year);
  const save = useSaveCulturalFamilies(hamletId, year);
  const [progress, setProgress] = useState<Progress>();
  if (!families.isSuccess) {
    return <QueryStatus isPending={families.isPending} isError={families.isError} onRetry={() => void families.refetch()} />;
  }
  const first = families.data.pages[0];
  const rows = families.data.pages.flatMap((page) => page.items ?? []);
  const allLoaded = !families.hasNextPage;
  const changes = culturalChanges(rows, ticks);
  const busy = save.isPending || progress?.phase === 'loading';
  const rate = culturalRate(first?.cultural, first?.rated);
  const number = (value: number | undefined) => formatNumber(value, i18n.language);
  const problem = save.isError ? formProblem(save.error, t, () => false) : undefined;

  /** Every household of the hamlet, loading the pages not shown yet (Save and "tick all" cover them all). */
  const loadAll = async (): Promise<CulturalFamily[] | undefined> => {
    if (!families.hasNextPage) return rows;
    setProgress({ phase: 'loading' });
    let result = await families.fetchNextPage();
    while (result.hasNextPage && !result.isError) result = await result.fetchNextPage();
    if (result.isError || !result.data) {
      setProgress(undefined);
      return undefined;
    }
    return result.data.pages.flatMap((page) => page.items ?? []);
  };

  const markAll = async (ticked: boolean) => {
    const all = await loadAll();
    if (!all) return;
    setProgress(undefined);
    onTicks(() => tickAll(all, ticked));
  };

  const submit = async () => {
    const all = await loadAll();
    if (!all) return;
    const entries = culturalChanges(all, ticks);
    if (entries.length === 0) {
      setProgress(undefined);
      return;
    }
    setProgress({ phase: 'saving', done: 0, total: entries.length });
    save.mutate(
      {
        entries,
        onChunkSaved: (chunk: CulturalEntry[], done: number) => {
          setProgress({ phase: 'saving', done, total: entries.length });
          onTicks((before) => {
            const next = new Map(before);
            for (const entry of chunk) next.delete(entry.householdId);
            return next;
          });
        },
      },
      {
        onSuccess: () => setProgress({ phase: 'saved', count: entries.length }),
      },
    );
  };

  const tickedCount = rows.filter((row) => isTicked(row, ticks)).length;
  const saving = progress?.phase === 'saving' ? progress : undefined;
  return (
    <>
      <dl className="figure-cards" aria-label={t('cultural.title')}>
        <FigureCard label={t('cultural.households')}>{number(first?.total)}</FigureCard>
        <FigureCard label={t('cultural.rated')}>{number(first?.rated)}</FigureCard>
        <FigureCard label={t('cultural.cultural')}>{number(first?.cultural)}</FigureCard>
        <FigureCard label={t('cultural.rate')}>{rate === undefined ? t('common.none') : formatPercent(rate, i18n.language)}</FigureCard>
      </dl>
      <p className="hint">{canWrite ? t('cultural.intro', { year }) : t('cultural.readOnly', { year })}</p>
      {rows.length === 0 ? (
        <p className="status">{t('cultural.none')}</p>
      ) : canWrite ? (
        <fieldset className="choices household-ticks" disabled={busy}>
          <legend>
            {t('cultural.list', { year })} · {t('cultural.ticked', { ticked: tickedCount, listed: rows.length })}
          </legend>
          <div className="actions">
            <button type="button" className="button button-quiet" onClick={() => void markAll(true)}>
              {t('cultural.tickAll')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void markAll(false)}>
              {t('cultural.untickAll')}
            </button>
          </div>
          {rows.map((row) => (
            <label key={row.householdId} className="check household-tick">
              <input
                type="checkbox"
                checked={isTicked(row, ticks)}
                onChange={(event) => onTicks((before) => withTick(before, row, event.target.checked))}
              />
              <span>
                {row.code} · {row.headName}
                <span className="item-meta">
                  {' '}
                  · {ticks.has(row.householdId!) ? <strong>{t('cultural.changed')}</strong> : statusText(row, t)}
                  {row.groupName && ` · ${row.groupName}`}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <ul className="item-list" aria-label={t('cultural.list', { year })}>
          {rows.map((row) => (
            <li key={row.householdId} className="item row-item">
              <span className="row-main">
                <span className="item-title">
                  {row.code} · {row.headName}
                </span>
                {row.groupName && <span className="item-meta">{row.groupName}</span>}
              </span>
              <span className={`badge badge-cultural-${row.cultural == null ? 'none' : row.cultural ? 'yes' : 'no'}`}>{statusText(row, t)}</span>
            </li>
          ))}
        </ul>
      )}
      {families.hasNextPage && (
        <button type="button" className="button button-quiet button-wide" disabled={families.isFetchingNextPage || busy} onClick={() => void families.fetchNextPage()}>
          {families.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
      {canWrite && rows.length > 0 && (
        <div className="save-bar" role="group" aria-label={t('cultural.saveAll')}>
          <FormProblemMessage problem={problem} />
          {save.isError && saving && saving.done > 0 && <p className="banner banner-warning">{t('cultural.partlySaved', { done: saving.done, total: saving.total })}</p>}
          {progress?.phase === 'loading' && (
            <p className="status" role="status">
              {t('cultural.loadingAll')}
            </p>
          )}
          {saving && save.isPending && (
            <ProgressBar
              label={t('cultural.saving')}
              percent={progressPercent(saving.done, saving.total)}
              text={t('cultural.savingCount', { done: saving.done, total: saving.total })}
            />
          )}
          {progress?.phase === 'saved' && ticks.size === 0 && (
            <p className="banner banner-success" role="status">
              {t('cultural.saved', { count: progress.count })}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button" disabled={busy || (allLoaded && changes.length === 0)} onClick={() => void submit()}>
              {save.isPending ? t('common.saving') : allLoaded ? (changes.length ? t('cultural.save', { count: changes.length }) : t('cultural.nothingToSave')) : t('cultural.saveAll')}
            </button>
            {ticks.size > 0 && (
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => onTicks(() => new Map())}>
                {t('cultural.discard')}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}

function statusText(row: CulturalFamily, t: TFunction) {
  if (row.cultural == null) return t('cultural.statusNone');
  return row.cultural ? t('cultural.statusYes') : t('cultural.statusNo');
}
