import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { ModalDialog } from '../../../components/modal-dialog';
import { QueryStatus } from '../../../components/query-status';
import { recentYears } from '../../../components/year-field';
import { useRecognitions } from '../api/recognitions';
import { defaultLevel, type UnitLevel } from './recognition-model';
import { RecognitionForm } from './recognition-form';

interface UnitRef {
  id: number;
  name: string;
  level?: UnitLevel;
}

/** On a unit's page: recognitions of its groups and people, by year; officers record new ones. */
export function RecognitionsSection({ unit, canWrite }: { unit: UnitRef; canWrite: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number>();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const recognitions = useRecognitions(unit.id, year);
  const items = recognitions.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const titleId = `recognitions-${unit.id}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('recognition.title')}
        {recognitions.isSuccess && <span className="count">{t('unit.total', { count: recognitions.data.pages[0]?.total ?? 0 })}</span>}
      </h2>
      {saved && (
        <p className="banner banner-success" role="status">
          {t('recognition.saved')}
        </p>
      )}
      <div className="section-controls">
        <Field label={t('recognition.year')}>
          {(control) => (
            <select {...control} value={year ?? ''} onChange={(event) => setYear(event.target.value ? Number(event.target.value) : undefined)}>
              <option value="">{t('recognition.allYears')}</option>
              {recentYears(15).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <QueryStatus isPending={recognitions.isPending} isError={recognitions.isError} onRetry={() => void recognitions.refetch()} />
      {recognitions.isSuccess &&
        (items.length === 0 ? (
          <p className="status">{t('recognition.none')}</p>
        ) : (
          <ul className="item-list" aria-label={t('recognition.list')}>
            {items.map((recognition) => (
              <li key={recognition.id} className="item">
                <span className="item-title">
                  {[recognition.personName, recognition.groupName].filter(Boolean).join(' — ')}
                </span>
                <span className="item-meta">
                  <span className={`badge badge-level-${recognition.level?.toLowerCase()}`}>{t(`recognitionLevel.${recognition.level!}`)}</span>{' '}
                  {recognition.year}
                  {recognition.unitId !== unit.id && recognition.unitName && ` · ${recognition.unitName}`}
                </span>
                <p className="notes">{recognition.reason}</p>
              </li>
            ))}
          </ul>
        ))}
      {recognitions.hasNextPage && (
        <button
          type="button"
          className="button button-quiet button-wide"
          disabled={recognitions.isFetchingNextPage}
          onClick={() => void recognitions.fetchNextPage()}
        >
          {recognitions.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
      {canWrite && (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setAdding(true);
            }}
          >
            {t('recognition.add')}
          </button>
        </div>
      )}
      {adding && (
        <ModalDialog labelledBy="recognition-dialog-title" onClose={() => setAdding(false)}>
          <h2 id="recognition-dialog-title">{t('recognition.formTitle', { unit: unit.name })}</h2>
          <RecognitionForm
            unitId={unit.id}
            level={defaultLevel(unit.level)}
            onCancel={() => setAdding(false)}
            onSaved={() => {
              setSaved(true);
              setAdding(false);
            }}
          />
        </ModalDialog>
      )}
    </section>
  );
}
