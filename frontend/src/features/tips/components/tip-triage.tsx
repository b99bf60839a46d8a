import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { formProblem } from '../../../lib/errors';
import type { TipDetail } from '../api/get-tip';
import { TIP_OUTCOMES, type TipOutcome, type TipStatus } from '../api/get-tips';
import { useAssignTip, useRecordTipResults, useTransitionTip } from '../api/triage-tip';

/** The moves the server allows (TipStatus.next): closing is possible from every open status. */
export const NEXT_STATUSES: Record<TipStatus, TipStatus[]> = {
  NEW: ['VERIFYING', 'CLOSED'],
  VERIFYING: ['ACTIONED', 'CLOSED'],
  ACTIONED: ['CLOSED'],
  CLOSED: [],
};

type Mutation = { isError: boolean; error: unknown; isPending: boolean };

function useProblem(mutation: Mutation, fields: string[]) {
  const { t } = useTranslation();
  return mutation.isError ? formProblem(mutation.error, t, (field) => fields.includes(field)) : undefined;
}

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="triage-step">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

/** Status moves, closing with an outcome, assignment and results, for the officer whose unit handles the tip. */
export function TipTriage({ tip, username }: { tip: TipDetail; username: string }) {
  const { t } = useTranslation();
  const summary = tip.summary!;
  const id = summary.id!;
  const version = summary.version!;
  const status = summary.status!;
  const transition = useTransitionTip(id);
  const assign = useAssignTip(id);
  const results = useRecordTipResults(id);
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState<TipOutcome | ''>('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [assignee, setAssignee] = useState('');
  const [arrests, setArrests] = useState(String(tip.arrestsOrCases ?? 0));
  const [property, setProperty] = useState(tip.propertyRecovered ?? '');
  const [agency, setAgency] = useState(tip.handedToAgency ?? '');
  const transitionProblem = useProblem(transition, ['comment', 'outcome', 'duplicateOfId']);
  const assignProblem = useProblem(assign, ['assignee']);
  const resultsProblem = useProblem(results, ['arrestsOrCases', 'propertyRecovered', 'handedToAgency']);
  const next = NEXT_STATUSES[status];

  const move = (to: TipStatus) =>
    transition.mutate(
      {
        to,
        comment: comment.trim() || undefined,
        outcome: to === 'CLOSED' ? outcome || undefined : undefined,
        duplicateOfId: to === 'CLOSED' && outcome === 'DUPLICATE' && duplicateOf ? Number(duplicateOf) : undefined,
        version,
      },
      { onSuccess: () => setComment('') },
    );
  const saveResults = (event: FormEvent) => {
    event.preventDefault();
    results.mutate({
      arrestsOrCases: Math.max(0, Math.trunc(Number(arrests) || 0)),
      propertyRecovered: property.trim() || undefined,
      handedToAgency: agency.trim() || undefined,
      version,
    });
  };

  return (
    <section className="card" aria-labelledby="tip-triage-title">
      <h2 id="tip-triage-title">{t('tip.triage')}</h2>
      {next.length > 0 && (
        <Step title={t('tip.status')}>
          <form className="form" onSubmit={(event) => event.preventDefault()}>
            <FormProblemMessage problem={transitionProblem} />
            <Field label={t('tip.comment')} error={transitionProblem?.fields.comment}>
              {(control) => (
                <textarea {...control} rows={2} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
              )}
            </Field>
            <div className="actions">
              {next
                .filter((to) => to !== 'CLOSED')
                .map((to) => (
                  <button key={to} type="button" className="button" disabled={transition.isPending} onClick={() => move(to)}>
                    {t('tip.moveTo', { status: t(`tipStatus.${to}`) })}
                  </button>
                ))}
            </div>
            <Field label={t('tip.closeOutcome')} error={transitionProblem?.fields.outcome}>
              {(control) => (
                <select {...control} value={outcome} onChange={(event) => setOutcome(event.target.value as TipOutcome | '')}>
                  <option value="">{t('common.choose')}</option>
                  {TIP_OUTCOMES.map((value) => (
                    <option key={value} value={value}>
                      {t(`tipOutcome.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {outcome === 'DUPLICATE' && (
              <Field label={t('tip.duplicateOfId')} error={transitionProblem?.fields.duplicateOfId}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    value={duplicateOf}
                    onChange={(event) => setDuplicateOf(event.target.value.replace(/\D/g, ''))}
                  />
                )}
              </Field>
            )}
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={transition.isPending || !outcome}
                onClick={() => move('CLOSED')}
              >
                {t('tip.close')}
              </button>
            </div>
          </form>
        </Step>
      )}
      <Step title={t('tip.assignee')}>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            assign.mutate({ assignee: assignee.trim() || undefined, version }, { onSuccess: () => setAssignee('') });
          }}
        >
          <FormProblemMessage problem={assignProblem} />
          {summary.assignee !== username && (
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={assign.isPending}
                onClick={() => assign.mutate({ assignee: username, version })}
              >
                {t('tip.assignToMe')}
              </button>
            </div>
          )}
          <Field label={t('tip.assignTo')} error={assignProblem?.fields.assignee}>
            {(control) => (
              <input {...control} value={assignee} maxLength={200} autoComplete="off" onChange={(event) => setAssignee(event.target.value)} />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button button-quiet" disabled={assign.isPending || !assignee.trim()}>
              {t('tip.assign')}
            </button>
          </div>
        </form>
      </Step>
      <Step title={t('tip.results')}>
        {status === 'ACTIONED' || status === 'CLOSED' ? (
          <form className="form" onSubmit={saveResults}>
            <FormProblemMessage problem={resultsProblem} />
            <Field label={t('tip.arrestsOrCases')} error={resultsProblem?.fields.arrestsOrCases}>
              {(control) => (
                <input {...control} type="number" min={0} inputMode="numeric" value={arrests} onChange={(event) => setArrests(event.target.value)} />
              )}
            </Field>
            <Field label={t('tip.propertyRecovered')} error={resultsProblem?.fields.propertyRecovered}>
              {(control) => <input {...control} maxLength={500} value={property} onChange={(event) => setProperty(event.target.value)} />}
            </Field>
            <Field label={t('tip.handedToAgency')} error={resultsProblem?.fields.handedToAgency}>
              {(control) => <input {...control} maxLength={200} value={agency} onChange={(event) => setAgency(event.target.value)} />}
            </Field>
            <div className="actions">
              <button type="submit" className="button" disabled={results.isPending}>
                {results.isPending ? t('common.saving') : t('tip.saveResults')}
              </button>
            </div>
          </form>
        ) : (
          <p className="hint">{t('tip.resultsOnlyLater')}</p>
        )}
      </Step>
    </section>
  );
}
