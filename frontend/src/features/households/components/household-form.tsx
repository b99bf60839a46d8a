import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import type { FormProblem } from '../../../lib/errors';
import { phoneHint } from '../../../lib/phone';
import { GroupSelect, type GroupOption } from './group-select';
import { PersonFields } from './person-fields';
import {
  birthFields,
  emptyPerson,
  localErrors,
  personField,
  type HouseholdFormValues,
  type PersonValues,
} from './household-form-model';

interface HouseholdFormProps {
  initial: HouseholdFormValues;
  /** Groups the new household may join; leave out when editing (moving is done on the household's page). */
  groups?: GroupOption[];
  problem?: FormProblem;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: HouseholdFormValues) => void;
  onCancel: () => void;
}

/** Code, address, phone, (group,) and the people of the household, at least its head. */
export function HouseholdForm({ initial, groups, problem, pending, submitLabel, onSubmit, onCancel }: HouseholdFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [local, setLocal] = useState<Record<string, 'birthFormat'>>({});
  const set = <K extends keyof HouseholdFormValues>(key: K, value: HouseholdFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setPerson = (index: number, person: PersonValues) =>
    set('people', values.people.map((current, i) => (i === index ? person : current)));
  const error = (field: string) => problem?.fields[field];

  const personError = (index: number) => (name: 'fullName' | 'birth' | 'gender' | 'relation' | 'citizenId') => {
    if (name === 'birth') {
      if (local[personField(index, 'birthDate')]) return t('person.birthFormat');
      return birthFields(index).map(error).find(Boolean);
    }
    return error(personField(index, name));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = localErrors(values);
    setLocal(errors);
    if (Object.keys(errors).length === 0) onSubmit(values);
  };

  const hint = phoneHint(values.phone);
  return (
    <form className="form" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field label={t('household.code')} error={error('code')} required hint={t('household.codeHint')}>
        {(control) => (
          <input
            {...control}
            required
            autoCapitalize="characters"
            autoComplete="off"
            value={values.code}
            onChange={(event) => set('code', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('household.address')} error={error('address')}>
        {(control) => (
          <input {...control} autoComplete="off" value={values.address} onChange={(event) => set('address', event.target.value)} />
        )}
      </Field>
      <Field
        label={t('household.phone')}
        error={error('phone')}
        hint={
          hint.kind === 'normalised'
            ? t('household.phoneNormalised', { phone: hint.phone })
            : hint.kind === 'invalid'
              ? t('household.phoneInvalid')
              : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={values.phone}
            onChange={(event) => set('phone', event.target.value)}
          />
        )}
      </Field>
      {groups && (
        <Field label={t('household.group')} error={error('groupId')}>
          {(control) => (
            <GroupSelect control={control} groups={groups} value={values.groupId} onChange={(groupId) => set('groupId', groupId)} />
          )}
        </Field>
      )}

      <h2>{t('household.people')}</h2>
      {error('people') && <p className="field-error">{error('people')}</p>}
      {values.people.map((person, index) => (
        <PersonFields
          key={person.key}
          index={index}
          person={person}
          errorFor={personError(index)}
          onChange={(changed) => setPerson(index, changed)}
          onRemove={
            values.people.length > 1 ? () => set('people', values.people.filter((_, i) => i !== index)) : undefined
          }
        />
      ))}
      <button type="button" className="button button-quiet" onClick={() => set('people', [...values.people, emptyPerson()])}>
        {t('person.add')}
      </button>

      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
