import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { DialogActions } from '../../../components/modal-dialog';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useCreateKeyArea, useUpdateKeyArea, type KeyArea } from '../api/key-areas';
import { checkKeyArea, emptyKeyArea, KEY_AREA_FIELDS, keyAreaValues, toKeyAreaCreate, toKeyAreaUpdate, type KeyAreaField, type KeyAreaValues } from './key-area-model';

interface KeyAreaFormProps {
  /** The area being edited; absent to list a new one under unitId. */
  area?: KeyArea;
  unitId: number;
  onSaved: (area: KeyArea) => void;
  onCancel: () => void;
}

/** Listing a key area, or editing one, typically to record the day it was declared transformed. */
export function KeyAreaForm({ area, unitId, onSaved, onCancel }: KeyAreaFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<KeyAreaValues>(() => (area ? keyAreaValues(area) : emptyKeyArea(today())));
  const [checked, setChecked] = useState(false);
  const create = useCreateKeyArea();
  const update = useUpdateKeyArea(area?.id ?? 0);
  const save = area ? update : create;
  const local = checked ? checkKeyArea(values, today()) : {};
  const problem = save.isError ? formProblem(save.error, t, (field) => KEY_AREA_FIELDS.includes(field)) : undefined;
  const message = (field: KeyAreaField) => (local[field] ? t(`keyArea.${local[field]}`) : problem?.fields[field]);
  const set = (change: Partial<KeyAreaValues>) => setValues((before) => ({ ...before, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkKeyArea(values, today())).length > 0) return;
    if (area) update.mutate(toKeyAreaUpdate(area, values), { onSuccess: onSaved });
    else create.mutate(toKeyAreaCreate(unitId, values), { onSuccess: onSaved });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemMessage problem={problem?.stale ? { ...problem, detail: t('common.staleKept') } : problem} />
      <Field label={t('keyArea.name')} required error={message('name')}>
        {(control) => (
          <input {...control} maxLength={200} placeholder={t('keyArea.namePlaceholder')} value={values.name} onChange={(event) => set({ name: event.target.value })} />
        )}
      </Field>
      <Field label={t('keyArea.problem')} error={message('problem')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            placeholder={t('keyArea.problemPlaceholder')}
            value={values.problem}
            onChange={(event) => set({ problem: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('keyArea.listedOn')} required error={message('listedOn')}>
        {(control) => <input {...control} type="date" max={today()} value={values.listedOn} onChange={(event) => set({ listedOn: event.target.value })} />}
      </Field>
      <Field label={t('keyArea.transformedOn')} hint={t('keyArea.transformedHint')} error={message('transformedOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            min={values.listedOn || undefined}
            max={today()}
            value={values.transformedOn}
            onChange={(event) => set({ transformedOn: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('keyArea.note')} error={message('note')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={values.note} onChange={(event) => set({ note: event.target.value })} />}
      </Field>
      <DialogActions
        submit={save.isPending ? t('common.saving') : t('keyArea.save')}
        busy={save.isPending}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
