import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { GENDERS, RELATIONS } from '../api/get-household';
import type { PersonValues } from './household-form-model';

interface PersonFieldsProps {
  index: number;
  person: PersonValues;
  errorFor: (name: 'fullName' | 'birth' | 'gender' | 'relation' | 'citizenId') => string | undefined;
  onChange: (person: PersonValues) => void;
  onRemove?: () => void;
}

/** One member of the household: name, birth, gender, relation to the head, citizen ID. */
export function PersonFields({ index, person, errorFor, onChange, onRemove }: PersonFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]) => onChange({ ...person, [key]: value });
  return (
    <fieldset className="person-fields">
      <legend>
        {t('person.legend', { number: index + 1 })}
        {person.relation && <> — {t(`relation.${person.relation}`)}</>}
      </legend>
      <Field label={t('person.fullName')} error={errorFor('fullName')} required>
        {(control) => (
          <input
            {...control}
            required
            autoComplete="off"
            value={person.fullName}
            onChange={(event) => set('fullName', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('person.relation')} error={errorFor('relation')} required>
        {(control) => (
          <select
            {...control}
            required
            value={person.relation}
            onChange={(event) => set('relation', event.target.value as PersonValues['relation'])}
          >
            <option value="">{t('common.choose')}</option>
            {RELATIONS.map((relation) => (
              <option key={relation} value={relation}>
                {t(`relation.${relation}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('person.birth')} error={errorFor('birth')} hint={t('person.birthHint')}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('person.birthPlaceholder')}
            value={person.birth}
            onChange={(event) => set('birth', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('person.gender')} error={errorFor('gender')}>
        {(control) => (
          <select
            {...control}
            value={person.gender}
            onChange={(event) => set('gender', event.target.value as PersonValues['gender'])}
          >
            <option value="">{t('common.unknown')}</option>
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {t(`gender.${gender}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('person.citizenId')} error={errorFor('citizenId')} hint={t('person.citizenIdHint')}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            maxLength={15}
            value={person.citizenId}
            onChange={(event) => set('citizenId', event.target.value)}
          />
        )}
      </Field>
      {onRemove && (
        <button type="button" className="button button-quiet" onClick={onRemove}>
          {t('person.remove', { number: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
