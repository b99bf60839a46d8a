import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { formProblem } from '../../../lib/errors';
import { useHamletGroups, useHamletHouseholds } from '../api/case-form-options';
import type { ReintegrationCaseDetail } from '../api/get-reintegration-case';
import { CATEGORIES, SUPPORT_LEVELS, type ReintegrationCategory, type SupportLevel } from '../api/get-reintegration-cases';
import { useUpdateReintegrationCase } from '../api/update-case';
import { HamletField } from '../../../components/hamlet-field';

const FIELDS = ['hamletId', 'groupId', 'category', 'supportLevel', 'plannedEndOn'];

/**
 * The officer edits a case: category, support level, planned end, and the hamlet and group that follow the person
 * (after a handover the new commune assigns them here). The helpers keep their commitments unless the hamlet changes.
 */
export function CaseEditor({ detail, onDone }: { detail: ReintegrationCaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [hamletId, setHamletId] = useState<number | undefined>(detail.hamletId ?? undefined);
  const [groupId, setGroupId] = useState<number | undefined>(detail.groupId ?? undefined);
  const [category, setCategory] = useState<ReintegrationCategory>(detail.category ?? 'OTHER');
  const [supportLevel, setSupportLevel] = useState<SupportLevel>(detail.supportLevel ?? 'MEDIUM');
  const [plannedEndOn, setPlannedEndOn] = useState(detail.plannedEndOn ?? '');
  const groups = useHamletGroups(hamletId);
  const households = useHamletHouseholds(hamletId);
  const update = useUpdateReintegrationCase(detail.id!);
  const problem = update.isError ? formProblem(update.error, t, (field) => FIELDS.includes(field)) : undefined;
  const sameHamlet = hamletId === detail.hamletId;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        hamletId,
        groupId,
        category,
        supportLevel,
        plannedEndOn: plannedEndOn || undefined,
        responsibleOfficer: detail.responsibleOfficer,
        helpers: sameHamlet
          ? (detail.helpers ?? []).map((helper) => ({ householdId: helper.householdId!, commitmentSignedOn: helper.commitmentSignedOn }))
          : [],
        version: detail.version!,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.edit')}>
      <h3>{t('reintegration.edit')}</h3>
      <FormProblemMessage problem={problem} />
      <HamletField
        value={hamletId}
        onChange={(value) => {
          setHamletId(value);
          setGroupId(undefined);
        }}
        error={problem?.fields.hamletId}
      />
      <Field label={t('reintegration.group')} error={problem?.fields.groupId}>
        {(control) => (
          <select {...control} value={groupId ?? ''} onChange={(event) => setGroupId(event.target.value ? Number(event.target.value) : undefined)}>
            <option value="">{t('common.choose')}</option>
            {(groups.data?.items ?? []).map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!sameHamlet && households.isSuccess && <p className="hint">{t('reintegration.helpersReset')}</p>}
      <Field label={t('reintegration.category')} error={problem?.fields.category}>
        {(control) => (
          <select {...control} value={category} onChange={(event) => setCategory(event.target.value as ReintegrationCategory)}>
            {CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`reintegrationCategory.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reintegration.supportLevel')} error={problem?.fields.supportLevel}>
        {(control) => (
          <select {...control} value={supportLevel} onChange={(event) => setSupportLevel(event.target.value as SupportLevel)}>
            {SUPPORT_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`supportLevel.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reintegration.plannedEndOn')} error={problem?.fields.plannedEndOn}>
        {(control) => <input {...control} type="date" min={detail.startedOn} value={plannedEndOn} onChange={(event) => setPlannedEndOn(event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
