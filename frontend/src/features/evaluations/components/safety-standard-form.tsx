import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { DialogActions } from '../../../components/modal-dialog';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useRecordSafetyStandard, type SafetyStandard } from '../api/safety-standards';

const FIELDS = ['met', 'decidedOn', 'decisionRef', 'note', 'year'];

interface SafetyStandardFormProps {
  /** The commune's row for the year: its decision (if any) is proposed, and its version guards the change. */
  row: SafetyStandard;
  year: number;
  onSaved: (saved: SafetyStandard) => void;
  onCancel: () => void;
}

/** The decision on a commune's safety standard for a year: met or not, when, the decision's number. */
export function SafetyStandardForm({ row, year, onSaved, onCancel }: SafetyStandardFormProps) {
  const { t } = useTranslation();
  const [met, setMet] = useState<boolean | undefined>(row.met ?? undefined);
  const [decidedOn, setDecidedOn] = useState(row.decidedOn ?? today());
  const [decisionRef, setDecisionRef] = useState(row.decisionRef ?? '');
  const [note, setNote] = useState(row.note ?? '');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const record = useRecordSafetyStandard(row.communeId!, year);
  const problem = record.isError ? formProblem(record.error, t, (field) => FIELDS.includes(field)) : undefined;
  const error = (field: string) => missing[field] ?? problem?.fields[field];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (met === undefined) found.met = t('safety.chooseResult');
    if (!decidedOn) found.decidedOn = t('fund.required');
    setMissing(found);
    if (met === undefined || !decidedOn) return;
    record.mutate(
      { met, decidedOn, decisionRef: decisionRef.trim() || undefined, note: note.trim() || undefined, version: row.version ?? undefined },
      { onSuccess: onSaved },
    );
  };
  const name = `met-${row.communeId}-${year}`;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemMessage problem={problem?.stale ? { ...problem, detail: t('common.staleKept') } : problem} />
      {problem?.fields.year && <p className="field-error">{problem.fields.year}</p>}
      <fieldset className="choices">
        <legend>
          {t('safety.result')}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="choice-row">
          <label className="check choice-pill">
            <input type="radio" name={name} checked={met === true} onChange={() => setMet(true)} />
            {t('safety.metYes')}
          </label>
          <label className="check choice-pill">
            <input type="radio" name={name} checked={met === false} onChange={() => setMet(false)} />
            {t('safety.metNo')}
          </label>
        </div>
        {error('met') && <p className="field-error">{error('met')}</p>}
      </fieldset>
      <Field label={t('safety.decidedOn')} required hint={t('safety.decidedOnHint', { year })} error={error('decidedOn')}>
        {(control) => (
          <input {...control} type="date" min={`${year}-01-01`} max={today()} value={decidedOn} onChange={(event) => setDecidedOn(event.target.value)} />
        )}
      </Field>
      <Field label={t('safety.decisionRef')} error={error('decisionRef')}>
        {(control) => (
          <input
            {...control}
            maxLength={100}
            placeholder={t('safety.decisionRefPlaceholder')}
            value={decisionRef}
            onChange={(event) => setDecisionRef(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('safety.note')} error={error('note')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <DialogActions
        submit={record.isPending ? t('common.saving') : t('safety.save')}
        busy={record.isPending}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
