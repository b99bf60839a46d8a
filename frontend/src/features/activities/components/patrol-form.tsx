import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { localDateTimeNow, localDateTimeToIso } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useRecordPatrol } from '../api/patrols';

const FIELDS = ['startedAt', 'endedAt', 'participants', 'area', 'observations'];

/** A patrol of the hamlet (with the group when opened from one): when, who, where, what was seen. */
export function PatrolForm({ hamletId, groupId, onSaved }: { hamletId: number; groupId?: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ startedAt: localDateTimeNow(), endedAt: '', participants: '', area: '', observations: '' });
  const record = useRecordPatrol();
  const problem = record.isError ? formProblem(record.error, t, (field) => FIELDS.includes(field)) : undefined;
  const set = (change: Partial<typeof values>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        hamletId,
        groupId,
        startedAt: localDateTimeToIso(values.startedAt)!,
        endedAt: localDateTimeToIso(values.endedAt),
        participants: values.participants.trim() || undefined,
        area: values.area.trim() || undefined,
        observations: values.observations.trim() || undefined,
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <form className="form form-large" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field label={t('patrol.startedAt')} required error={problem?.fields.startedAt}>
        {(control) => (
          <input {...control} type="datetime-local" required max={localDateTimeNow()} value={values.startedAt} onChange={(event) => set({ startedAt: event.target.value })} />
        )}
      </Field>
      <Field label={t('patrol.endedAt')} error={problem?.fields.endedAt}>
        {(control) => (
          <input {...control} type="datetime-local" min={values.startedAt} value={values.endedAt} onChange={(event) => set({ endedAt: event.target.value })} />
        )}
      </Field>
      <Field label={t('patrol.participants')} error={problem?.fields.participants}>
        {(control) => (
          <input
            {...control}
            maxLength={1000}
            placeholder={t('patrol.participantsPlaceholder')}
            value={values.participants}
            onChange={(event) => set({ participants: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('patrol.area')} error={problem?.fields.area}>
        {(control) => <input {...control} maxLength={500} value={values.area} onChange={(event) => set({ area: event.target.value })} />}
      </Field>
      <Field label={t('patrol.observations')} error={problem?.fields.observations}>
        {(control) => (
          <textarea {...control} rows={4} maxLength={4000} value={values.observations} onChange={(event) => set({ observations: event.target.value })} />
        )}
      </Field>
      <button type="submit" className="button button-wide" disabled={record.isPending || !values.startedAt}>
        {record.isPending ? t('common.saving') : t('patrol.save')}
      </button>
    </form>
  );
}
