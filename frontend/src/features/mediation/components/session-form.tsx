import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useRecordMediationSession } from '../api/record-mediation';

const FIELDS = ['heldOn', 'place', 'attendees', 'notes'];

/** A mediation session: when, where, who came, what was said. Today is the default date. */
export function SessionForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ heldOn: today(), place: '', attendees: '', notes: '' });
  const record = useRecordMediationSession(caseId);
  const problem = record.isError ? formProblem(record.error, t, (field) => FIELDS.includes(field)) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        heldOn: values.heldOn,
        place: values.place.trim() || undefined,
        attendees: values.attendees.trim() || undefined,
        notes: values.notes.trim() || undefined,
      },
      { onSuccess: () => setValues({ heldOn: today(), place: '', attendees: '', notes: '' }) },
    );
  };
  return (
    <form className="form form-large" onSubmit={submit} aria-label={t('mediation.recordSession')}>
      <h3>{t('mediation.recordSession')}</h3>
      <FormProblemMessage problem={problem} />
      {record.isSuccess && (
        <p className="banner banner-success" role="status">
          {t('mediation.sessionSaved')}
        </p>
      )}
      <Field label={t('mediation.heldOn')} required error={problem?.fields.heldOn}>
        {(control) => (
          <input
            {...control}
            type="date"
            max={today()}
            required
            value={values.heldOn}
            onChange={(event) => setValues({ ...values, heldOn: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('mediation.place')} error={problem?.fields.place}>
        {(control) => (
          <input {...control} maxLength={300} value={values.place} onChange={(event) => setValues({ ...values, place: event.target.value })} />
        )}
      </Field>
      <Field label={t('mediation.attendees')} error={problem?.fields.attendees}>
        {(control) => (
          <input
            {...control}
            maxLength={1000}
            value={values.attendees}
            onChange={(event) => setValues({ ...values, attendees: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('mediation.notes')} error={problem?.fields.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={4000}
            value={values.notes}
            onChange={(event) => setValues({ ...values, notes: event.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="button button-wide" disabled={record.isPending}>
        {record.isPending ? t('common.saving') : t('mediation.saveSession')}
      </button>
    </form>
  );
}
