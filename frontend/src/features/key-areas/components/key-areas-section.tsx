import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { ModalDialog } from '../../../components/modal-dialog';
import { ProgressBar } from '../../../components/progress-bar';
import { QueryStatus } from '../../../components/query-status';
import { formatDate } from '../../../lib/dates';
import { progressPercent } from '../../../lib/numbers';
import { useKeyAreaCount, useKeyAreas, type KeyArea } from '../api/key-areas';
import { KeyAreaForm } from './key-area-form';

interface UnitRef {
  id: number;
  name: string;
  /** Key areas lie in a commune or a hamlet: only there can one be listed. */
  canHoldAreas: boolean;
}

type Show = 'all' | 'open' | 'transformed';
const TRANSFORMED: Record<Show, boolean | undefined> = { all: undefined, open: false, transformed: true };

/** On a unit's page for officers: the key complex areas of the unit and below, how many are transformed; list and edit. */
export function KeyAreasSection({ unit, canWrite }: { unit: UnitRef; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [show, setShow] = useState<Show>('all');
  const areas = useKeyAreas(unit.id, TRANSFORMED[show]);
  const total = useKeyAreaCount(unit.id);
  const transformed = useKeyAreaCount(unit.id, true);
  const [editing, setEditing] = useState<KeyArea | 'new'>();
  const [saved, setSaved] = useState<KeyArea>();
  const items = areas.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const titleId = `key-areas-${unit.id}`;
  const open = (value: KeyArea | 'new') => {
    setSaved(undefined);
    setEditing(value);
  };
  const editedArea = editing && editing !== 'new' ? (items.find((item) => item.id === editing.id) ?? editing) : undefined;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('keyArea.title')}</h2>
      {total.isSuccess && transformed.isSuccess && total.data > 0 && (
        <ProgressBar
          label={t('keyArea.summary', { transformed: transformed.data, total: total.data })}
          percent={progressPercent(transformed.data, total.data)}
        />
      )}
      {saved && (
        <p className="banner banner-success" role="status">
          {t('keyArea.saved', { name: saved.name })}
        </p>
      )}
      <div className="section-controls">
        <Field label={t('keyArea.show')}>
          {(control) => (
            <select {...control} value={show} onChange={(event) => setShow(event.target.value as Show)}>
              <option value="all">{t('keyArea.showAll')}</option>
              <option value="open">{t('keyArea.showOpen')}</option>
              <option value="transformed">{t('keyArea.showTransformed')}</option>
            </select>
          )}
        </Field>
      </div>
      <QueryStatus isPending={areas.isPending} isError={areas.isError} onRetry={() => void areas.refetch()} />
      {areas.isSuccess &&
        (items.length === 0 ? (
          <p className="status">{t('keyArea.none')}</p>
        ) : (
          <ul className="item-list" aria-label={t('keyArea.list')}>
            {items.map((area) => (
              <li key={area.id} className="item row-item">
                <span className="row-main">
                  <span className="item-title">{area.name}</span>
                  <span className="item-meta">
                    {area.unitId !== unit.id && `${area.unitName} · `}
                    {t('keyArea.listed', { date: formatDate(area.listedOn!, i18n.language) })}
                  </span>
                  {area.problem && <span className="item-meta">{area.problem}</span>}
                  <span>
                    <span className={`badge ${area.transformed ? 'badge-area-transformed' : 'badge-area-open'}`}>
                      {area.transformedOn ? t('keyArea.transformed', { date: formatDate(area.transformedOn, i18n.language) }) : t('keyArea.open')}
                    </span>
                  </span>
                  {area.note && <span className="item-meta">{area.note}</span>}
                </span>
                {canWrite && (
                  <button type="button" className="button button-quiet" aria-label={t('keyArea.editFor', { name: area.name })} onClick={() => open(area)}>
                    {t('keyArea.edit')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
      {areas.hasNextPage && (
        <button type="button" className="button button-quiet button-wide" disabled={areas.isFetchingNextPage} onClick={() => void areas.fetchNextPage()}>
          {areas.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
      {canWrite &&
        (unit.canHoldAreas ? (
          <div className="actions">
            <button type="button" className="button" onClick={() => open('new')}>
              {t('keyArea.add')}
            </button>
          </div>
        ) : (
          <p className="hint">{t('keyArea.addElsewhere')}</p>
        ))}
      {editing && (
        <ModalDialog labelledBy="key-area-dialog-title" onClose={() => setEditing(undefined)}>
          <h2 id="key-area-dialog-title">
            {editedArea ? t('keyArea.editTitle', { name: editedArea.name }) : t('keyArea.createTitle', { unit: unit.name })}
          </h2>
          <KeyAreaForm
            key={editedArea?.id ?? 'new'}
            area={editedArea}
            unitId={unit.id}
            onCancel={() => setEditing(undefined)}
            onSaved={(area) => {
              setSaved(area);
              setEditing(undefined);
            }}
          />
        </ModalDialog>
      )}
    </section>
  );
}
