import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem, problemKind } from '../../../lib/errors';
import { ESCALATION_TARGETS, OUTCOMES, type EscalationTarget, type MediationOutcome } from '../api/get-mediation-cases';
import { useCloseMediationCase } from '../api/record-mediation';

const FIELDS = ['outcome', 'closedOn', 'agreement', 'escalatedTo', 'note'];

/** Closing a case: the outcome, the agreement's text when reconciled, where it went when escalated. */
export function ClosingForm({ caseId, version, sessions }: { caseId: number; version: number; sessions: number }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<MediationOutcome | ''>('');
  const [closedOn, setClosedOn] = useState(today());
  const [agreement, setAgreement] = useState('');
  const [escalatedTo, setEscalatedTo] = useState<EscalationTarget | ''>('');
  const [note, setNote] = useState('');
  const close = useCloseMediationCase(caseId);
  const problem = close.isError ? formProblem(close.error, t, (field) => FIELDS.includes(field)) : undefined;
  const needsSession = (outcome === 'RECONCILED' || outcome === 'NOT_RECONCILED') && sessions === 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) return;
    close.mutate({
      outcome,
      closedOn,
      agreement: outcome === 'RECONCILED' ? agreement.trim() || undefined : undefined,
      escalatedTo: outcome === 'ESCALATED' ? escalatedTo || undefined : undefined,
      note: note.trim() || undefined,
      version,
    });
  };
  return (
    <form className="form form-large" onSubmit={submit} aria-label={t('mediation.close')}>
      <h3>{t('mediation.close')}</h3>
      <FormProblemMessage problem={problem && problemKind(close.error) === 'mediation-without-session' ? { ...problem, title: t('mediation.needsSession') } : problem} />
      <Field label={t('mediation.outcome')} required error={problem?.fields.outcome}>
        {(control) => (
          <select {...control} value={outcome} onChange={(event) => setOutcome(event.target.value as MediationOutcome | '')}>
            <option value="">{t('common.choose')}</option>
            {OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`mediationOutcome.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsSession && <p className="banner banner-warning">{t('mediation.needsSession')}</p>}
      <Field label={t('mediation.closedOn')} required error={problem?.fields.closedOn}>
        {(control) => (
          <input {...control} type="date" max={today()} value={closedOn} onChange={(event) => setClosedOn(event.target.value)} />
        )}
      </Field>
      {outcome === 'RECONCILED' && (
        <Field label={t('mediation.agreement')} required hint={t('mediation.agreementHint')} error={problem?.fields.agreement}>
          {(control) => (
            <textarea {...control} rows={4} maxLength={4000} value={agreement} onChange={(event) => setAgreement(event.target.value)} />
          )}
        </Field>
      )}
      {outcome === 'ESCALATED' && (
        <Field label={t('mediation.escalatedTo')} required error={problem?.fields.escalatedTo}>
          {(control) => (
            <select {...control} value={escalatedTo} onChange={(event) => setEscalatedTo(event.target.value as EscalationTarget | '')}>
              <option value="">{t('common.choose')}</option>
              {ESCALATION_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {t(`escalationTarget.${target}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('mediation.outcomeNote')} error={problem?.fields.note}>
        {(control) => <textarea {...control} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <button type="submit" className="button button-wide" disabled={close.isPending || !outcome || needsSession}>
        {close.isPending ? t('common.saving') : t('mediation.closeSubmit')}
      </button>
    </form>
  );
}
