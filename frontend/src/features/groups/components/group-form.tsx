import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import type { FormProblem } from '../../../lib/errors';
import { GROUP_STATUSES } from '../api/get-groups';
import type { MemberPerson } from '../api/get-member-people';
import type { GroupFormValues } from './group-form-model';

interface GroupFormProps {
  initial: GroupFormValues;
  /** The name the server gives when it is left empty, for the group number typed (creation only). */
  defaultName?: (number: string) => string;
  /** People of the member households, for choosing leader and deputy; leave out on creation. */
  people?: { list: MemberPerson[]; isPending: boolean };
  problem?: FormProblem;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: GroupFormValues) => void;
  onCancel: () => void;
}

/** Number, name, founding date, status, notes, leader account; on edit also leader and deputy. */
export function GroupForm({ initial, defaultName, people, problem, pending, submitLabel, onSubmit, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const error = (field: keyof GroupFormValues) => problem?.fields[field];
  const placeholder = defaultName?.(values.number);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  const personSelect = (field: 'leaderPersonId' | 'deputyPersonId', label: string) =>
    people && (
      <Field label={label} error={error(field)} hint={people.isPending ? t('unit.loading') : undefined}>
        {(control) => (
          <select {...control} value={values[field]} onChange={(event) => set(field, event.target.value)}>
            <option value="">{t('group.noPerson')}</option>
            {people.list.map((person) => (
              <option key={person.id} value={String(person.id)}>
                {person.fullName} ({t('group.householdCode', { code: person.householdCode })})
              </option>
            ))}
          </select>
        )}
      </Field>
    );

  return (
    <form className="form" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field label={t('group.number')} error={error('number')} required>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            required
            value={values.number}
            onChange={(event) => set('number', event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('group.name')}
        error={error('name')}
        required={!placeholder}
        hint={placeholder ? t('group.nameDefault', { name: placeholder }) : undefined}
      >
        {(control) => (
          <input
            {...control}
            required={!placeholder}
            value={values.name}
            placeholder={placeholder}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('group.foundedOn')} error={error('foundedOn')}>
        {(control) => (
          <input {...control} type="date" value={values.foundedOn} onChange={(event) => set('foundedOn', event.target.value)} />
        )}
      </Field>
      <Field label={t('group.status')} error={error('status')} required>
        {(control) => (
          <select
            {...control}
            value={values.status}
            onChange={(event) => set('status', event.target.value as GroupFormValues['status'])}
          >
            {GROUP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`groupStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {personSelect('leaderPersonId', t('group.leader'))}
      {personSelect('deputyPersonId', t('group.deputy'))}
      <Field label={t('group.leaderAccount')} error={error('leaderAccount')} hint={t('group.leaderAccountHint')}>
        {(control) => (
          <input
            {...control}
            autoCapitalize="none"
            autoComplete="off"
            value={values.leaderAccount}
            onChange={(event) => set('leaderAccount', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('group.notes')} error={error('notes')}>
        {(control) => <textarea {...control} rows={3} value={values.notes} onChange={(event) => set('notes', event.target.value)} />}
      </Field>
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
