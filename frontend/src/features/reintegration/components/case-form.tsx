import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { HamletField } from '../../../components/hamlet-field';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useHamletGroups, useHamletHouseholds, useHouseholdPeople } from '../api/case-form-options';
import { useCreateReintegrationCase, type ReintegrationCaseDetail } from '../api/get-reintegration-case';
import { CATEGORIES, SUPPORT_LEVELS, type ReintegrationCategory, type SupportLevel } from '../api/get-reintegration-cases';

interface Values {
  hamletId?: number;
  fromHousehold: boolean;
  householdId?: number;
  personId?: number;
  fullName: string;
  birthYear: string;
  citizenId: string;
  category?: ReintegrationCategory;
  supportLevel: SupportLevel;
  startedOn: string;
  plannedEndOn: string;
  groupId?: number;
  /** Helper household id → the day its commitment was signed (empty when not yet). */
  helpers: Record<number, string>;
  history: string;
}

const isFormField = (field: string) =>
  ['hamletId', 'personId', 'fullName', 'birthYear', 'citizenId', 'category', 'supportLevel', 'startedOn', 'plannedEndOn', 'groupId', 'history'].includes(
    field,
  ) || field.startsWith('helpers');

/** The commune officer opens a case: who, which category, the group and helper households responsible, the history. */
export function CaseForm({ onCreated }: { onCreated: (detail: ReintegrationCaseDetail) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({
    fromHousehold: true,
    fullName: '',
    birthYear: '',
    citizenId: '',
    supportLevel: 'MEDIUM',
    startedOn: today(),
    plannedEndOn: '',
    helpers: {},
    history: '',
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const groups = useHamletGroups(values.hamletId);
  const households = useHamletHouseholds(values.hamletId);
  const people = useHouseholdPeople(values.fromHousehold ? values.householdId : undefined);
  const create = useCreateReintegrationCase();
  const problem = create.isError ? formProblem(create.error, t, isFormField) : undefined;
  const set = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));
  const error = (field: string) => missing[field] ?? problem?.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const required = t('tip.required');
    if (values.hamletId === undefined) found.hamletId = required;
    if (values.fromHousehold && values.personId === undefined) found.personId = required;
    if (!values.fromHousehold && !values.fullName.trim()) found.fullName = required;
    if (!values.fromHousehold && !values.birthYear.trim()) found.birthYear = required;
    if (!values.category) found.category = required;
    if (values.groupId === undefined) found.groupId = required;
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      {
        hamletId: values.hamletId!,
        personId: values.fromHousehold ? values.personId : undefined,
        fullName: values.fromHousehold ? undefined : values.fullName.trim(),
        birthYear: values.fromHousehold ? undefined : Number(values.birthYear),
        citizenId: values.fromHousehold ? undefined : values.citizenId.replace(/\D/g, '') || undefined,
        category: values.category!,
        supportLevel: values.supportLevel,
        startedOn: values.startedOn,
        plannedEndOn: values.plannedEndOn || undefined,
        groupId: values.groupId!,
        helpers: Object.entries(values.helpers).map(([householdId, signedOn]) => ({
          householdId: Number(householdId),
          commitmentSignedOn: signedOn || undefined,
        })),
        history: values.history.trim() || undefined,
      },
      { onSuccess: onCreated },
    );
  };

  const householdItems = households.data?.items ?? [];
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemMessage problem={problem} />
      <HamletField
        value={values.hamletId}
        onChange={(hamletId) => set({ hamletId, householdId: undefined, personId: undefined, groupId: undefined, helpers: {} })}
        error={error('hamletId')}
      />
      <fieldset className="choices">
        <legend>{t('reintegration.person')}</legend>
        <label className="check">
          <input type="radio" name="person-mode" checked={values.fromHousehold} onChange={() => set({ fromHousehold: true })} />
          {t('reintegration.personFromHousehold')}
        </label>
        <label className="check">
          <input type="radio" name="person-mode" checked={!values.fromHousehold} onChange={() => set({ fromHousehold: false })} />
          {t('reintegration.personDirect')}
        </label>
        {values.fromHousehold ? (
          <>
            <Field label={t('reintegration.chooseHousehold')}>
              {(control) => (
                <select
                  {...control}
                  value={values.householdId ?? ''}
                  onChange={(event) => set({ householdId: event.target.value ? Number(event.target.value) : undefined, personId: undefined })}
                >
                  <option value="">{t('common.choose')}</option>
                  {householdItems.map((household) => (
                    <option key={household.id} value={household.id}>
                      {household.code} · {household.headName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('reintegration.choosePerson')} required error={error('personId')}>
              {(control) => (
                <select
                  {...control}
                  value={values.personId ?? ''}
                  onChange={(event) => set({ personId: event.target.value ? Number(event.target.value) : undefined })}
                >
                  <option value="">{t('common.choose')}</option>
                  {(people.data?.people ?? []).map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.fullName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : (
          <>
            <Field label={t('reintegration.fullName')} required error={error('fullName')}>
              {(control) => <input {...control} maxLength={200} value={values.fullName} onChange={(event) => set({ fullName: event.target.value })} />}
            </Field>
            <Field label={t('reintegration.birthYear')} required error={error('birthYear')}>
              {(control) => (
                <input {...control} inputMode="numeric" maxLength={4} value={values.birthYear} onChange={(event) => set({ birthYear: event.target.value.replace(/\D/g, '') })} />
              )}
            </Field>
            <Field label={t('reintegration.citizenId')} error={error('citizenId')}>
              {(control) => <input {...control} inputMode="numeric" maxLength={14} value={values.citizenId} onChange={(event) => set({ citizenId: event.target.value })} />}
            </Field>
          </>
        )}
      </fieldset>
      <Field label={t('reintegration.category')} required error={error('category')}>
        {(control) => (
          <select {...control} value={values.category ?? ''} onChange={(event) => set({ category: (event.target.value || undefined) as ReintegrationCategory | undefined })}>
            <option value="">{t('common.choose')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`reintegrationCategory.${category}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reintegration.supportLevel')} required error={error('supportLevel')}>
        {(control) => (
          <select {...control} value={values.supportLevel} onChange={(event) => set({ supportLevel: event.target.value as SupportLevel })}>
            {SUPPORT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`supportLevel.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reintegration.startedOn')} required error={error('startedOn')}>
        {(control) => <input {...control} type="date" value={values.startedOn} onChange={(event) => set({ startedOn: event.target.value })} />}
      </Field>
      <Field label={t('reintegration.plannedEndOn')} error={error('plannedEndOn')}>
        {(control) => <input {...control} type="date" min={values.startedOn} value={values.plannedEndOn} onChange={(event) => set({ plannedEndOn: event.target.value })} />}
      </Field>
      <Field label={t('reintegration.group')} required error={error('groupId')}>
        {(control) => (
          <select {...control} value={values.groupId ?? ''} onChange={(event) => set({ groupId: event.target.value ? Number(event.target.value) : undefined })}>
            <option value="">{t('common.choose')}</option>
            {(groups.data?.items ?? []).map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choices">
        <legend>{t('reintegration.helpers')}</legend>
        {householdItems.map((household) => {
          const chosen = values.helpers[household.id!] !== undefined;
          return (
            <div key={household.id} className="helper-row">
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen}
                  onChange={(event) => {
                    const helpers = { ...values.helpers };
                    if (event.target.checked) helpers[household.id!] = today();
                    else delete helpers[household.id!];
                    set({ helpers });
                  }}
                />
                {household.code} · {household.headName}
              </label>
              {chosen && (
                <Field label={t('reintegration.helperSigned')}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      max={today()}
                      value={values.helpers[household.id!]}
                      onChange={(event) => set({ helpers: { ...values.helpers, [household.id!]: event.target.value } })}
                    />
                  )}
                </Field>
              )}
            </div>
          );
        })}
      </fieldset>
      <Field label={t('reintegration.history')} hint={t('reintegration.historyHint')} error={error('history')}>
        {(control) => <textarea {...control} rows={4} maxLength={4000} value={values.history} onChange={(event) => set({ history: event.target.value })} />}
      </Field>
      <button type="submit" className="button button-wide" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('reintegration.create')}
      </button>
    </form>
  );
}
