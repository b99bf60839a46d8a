import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useLogContact } from '../api/get-reintegration-case';
import { CONTACT_METHODS, CONTACT_RESULTS, type ContactMethod, type ContactResult } from '../api/get-reintegration-cases';

const FIELDS = ['contactedOn', 'method', 'result', 'notes'];

/** A visit logged in a few taps: today, a home visit, met — change only what differs. */
export function ContactForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const [contactedOn, setContactedOn] = useState(today());
  const [method, setMethod] = useState<ContactMethod>('VISIT');
  const [result, setResult] = useState<ContactResult>('MET');
  const [notes, setNotes] = useState('');
  const log = useLogContact(caseId);
  const problem = log.isError ? formProblem(log.error, t, (field) => FIELDS.includes(field)) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate({ contactedOn, method, result, notes: notes.trim() || undefined }, { onSuccess: () => setNotes('') });
  };
  return (
    <form className="form form-large" onSubmit={submit} aria-label={t('reintegration.logContact')}>
      <h3>{t('reintegration.logContact')}</h3>
      <FormProblemMessage problem={problem} />
      {log.isSuccess && (
        <p className="banner banner-success" role="status">
          {t('reintegration.contactSaved')}
        </p>
      )}
      <Field label={t('reintegration.contactedOn')} required error={problem?.fields.contactedOn}>
        {(control) => <input {...control} type="date" required max={today()} value={contactedOn} onChange={(event) => setContactedOn(event.target.value)} />}
      </Field>
      <fieldset className="choices">
        <legend>{t('reintegration.method')}</legend>
        {CONTACT_METHODS.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="method" checked={method === value} onChange={() => setMethod(value)} />
            {t(`contactMethod.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('reintegration.result')}</legend>
        {CONTACT_RESULTS.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="result" checked={result === value} onChange={() => setResult(value)} />
            {t(`contactResult.${value}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('reintegration.notes')} error={problem?.fields.notes}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} />}
      </Field>
      <button type="submit" className="button button-wide" disabled={log.isPending}>
        {log.isPending ? t('common.saving') : t('reintegration.saveContact')}
      </button>
    </form>
  );
}
