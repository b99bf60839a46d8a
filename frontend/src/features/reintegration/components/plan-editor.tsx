import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { formProblem } from '../../../lib/errors';
import { useSavePlan } from '../api/get-reintegration-case';
import { SUPPORT_AREAS, type SupportArea } from '../api/get-reintegration-cases';

interface Goal {
  area?: SupportArea;
  goal?: string;
  actions?: string;
}

/** The officer's support plan: a goal per area (work, health, family, study) and what is done for it. */
export function PlanEditor({ caseId, goals, version }: { caseId: number; goals: Goal[]; version: number }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Goal[]>(goals.length > 0 ? goals : [{ area: 'WORK', goal: '', actions: '' }]);
  const save = useSavePlan(caseId);
  const problem = save.isError ? formProblem(save.error, t, (field) => field.startsWith('goals')) : undefined;
  const update = (index: number, change: Goal) => setRows(rows.map((row, other) => (other === index ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      goals: rows
        .filter((row) => row.goal?.trim())
        .map((row) => ({ area: row.area ?? 'WORK', goal: row.goal!.trim(), actions: row.actions?.trim() || undefined })),
      version,
    });
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.plan')}>
      <FormProblemMessage problem={problem} />
      {rows.map((row, index) => (
        <fieldset key={index} className="choices">
          <legend>
            {t('reintegration.goal')} {index + 1}
          </legend>
          <Field label={t('reintegration.area')}>
            {(control) => (
              <select {...control} value={row.area} onChange={(event) => update(index, { area: event.target.value as SupportArea })}>
                {SUPPORT_AREAS.map((area) => (
                  <option key={area} value={area}>
                    {t(`supportArea.${area}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={`${t('reintegration.goal')} — ${t(`supportArea.${row.area ?? 'WORK'}`)}`} error={problem?.fields[`goals[${index}].goal`]}>
            {(control) => <input {...control} maxLength={500} value={row.goal ?? ''} onChange={(event) => update(index, { goal: event.target.value })} />}
          </Field>
          <Field label={t('reintegration.actions')}>
            {(control) => (
              <textarea {...control} rows={2} maxLength={2000} value={row.actions ?? ''} onChange={(event) => update(index, { actions: event.target.value })} />
            )}
          </Field>
          {rows.length > 1 && (
            <button type="button" className="button button-quiet" onClick={() => setRows(rows.filter((_, other) => other !== index))}>
              {t('reintegration.removeGoal', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="button button-quiet" onClick={() => setRows([...rows, { area: 'WORK', goal: '', actions: '' }])}>
          {t('reintegration.addGoal')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('reintegration.savePlan')}
        </button>
      </div>
    </form>
  );
}
