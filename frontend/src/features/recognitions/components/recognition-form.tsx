import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { DialogActions } from '../../../components/modal-dialog';
import { recentYears, YearField } from '../../../components/year-field';
import { formProblem } from '../../../lib/errors';
import { RECOGNITION_LEVELS, useCreateRecognition, useGroupOptions, type Recognition, type RecognitionLevel } from '../api/recognitions';
import { checkRecognition, RECOGNITION_FIELDS, toRecognitionCreate, type RecognitionField, type RecognitionValues } from './recognition-model';

interface RecognitionFormProps {
  unitId: number;
  level: RecognitionLevel;
  onSaved: (recognition: Recognition) => void;
  onCancel: () => void;
}

/** A recognition recorded under the unit: of one of its groups, of a person, or of a person of a group. */
export function RecognitionForm({ unitId, level, onSaved, onCancel }: RecognitionFormProps) {
  const { t } = useTranslation();
  const currentYear = new Date().getFullYear();
  const [values, setValues] = useState<RecognitionValues>({ level, year: currentYear, personName: '', reason: '' });
  const [search, setSearch] = useState('');
  const [checked, setChecked] = useState(false);
  const groups = useGroupOptions(unitId, search);
  const create = useCreateRecognition();
  const local = checked ? checkRecognition(values, currentYear) : {};
  const problem = create.isError ? formProblem(create.error, t, (field) => RECOGNITION_FIELDS.includes(field)) : undefined;
  const message = (field: RecognitionField) => (local[field] ? t(`recognition.${local[field]}`) : problem?.fields[field]);
  const set = (change: Partial<RecognitionValues>) => setValues((before) => ({ ...before, ...change }));
  const [chosen, setChosen] = useState<{ id: number; name: string }>();
  // The chosen group stays on the list while another search narrows it.
  const found = groups.data?.items ?? [];
  const options = chosen && !found.some((group) => group.id === chosen.id) ? [chosen, ...found] : found;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkRecognition(values, currentYear)).length > 0) return;
    create.mutate(toRecognitionCreate(unitId, values), { onSuccess: onSaved });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemMessage problem={problem} />
      <Field label={t('recognition.level')} required error={message('level')}>
        {(control) => (
          <select {...control} value={values.level} onChange={(event) => set({ level: event.target.value as RecognitionLevel })}>
            {RECOGNITION_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`recognitionLevel.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <YearField label={t('recognition.year')} value={values.year} years={recentYears(15)} onChange={(year) => set({ year })} />
      {message('year') && <p className="field-error">{message('year')}</p>}
      <p className="hint">{t('recognition.whoHint')}</p>
      <Field label={t('recognition.groupSearch')} hint={t('recognition.groupSearchHint')}>
        {(control) => <input {...control} type="search" autoComplete="off" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <Field label={t('recognition.group')} error={message('groupId')}>
        {(control) => (
          <select
            {...control}
            value={values.groupId ?? ''}
            onChange={(event) => {
              const group = options.find((option) => option.id === Number(event.target.value));
              setChosen(group ? { id: group.id!, name: group.name ?? '' } : undefined);
              set({ groupId: group?.id });
            }}
          >
            <option value="">{t('recognition.groupNone')}</option>
            {options.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('recognition.person')} error={message('personName')}>
        {(control) => (
          <input {...control} maxLength={200} autoComplete="off" value={values.personName} onChange={(event) => set({ personName: event.target.value })} />
        )}
      </Field>
      <Field label={t('recognition.reason')} required error={message('reason')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={1000}
            placeholder={t('recognition.reasonPlaceholder')}
            value={values.reason}
            onChange={(event) => set({ reason: event.target.value })}
          />
        )}
      </Field>
      <DialogActions
        submit={create.isPending ? t('common.saving') : t('recognition.save')}
        busy={create.isPending}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
