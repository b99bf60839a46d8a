import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { MIN_COMMUNE_QUERY, usePublicCommunes, usePublicHamlets } from '../api/get-public-units';

interface PlaceFieldsProps {
  communeId?: number;
  hamletId?: number;
  onChange: (place: { communeId?: number; hamletId?: number }) => void;
  error?: string;
}

/** Where it happened: find the commune by name, then choose one of its hamlets. */
export function PlaceFields({ communeId, hamletId, onChange, error }: PlaceFieldsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const communes = usePublicCommunes(text);
  const hamlets = usePublicHamlets(communeId);
  const searched = text.trim().length >= MIN_COMMUNE_QUERY;
  return (
    <>
      <Field label={t('publicTip.communeSearch')} hint={t('publicTip.communeHint')}>
        {(control) => (
          <input {...control} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        )}
      </Field>
      <Field
        label={t('publicTip.commune')}
        required
        hint={searched && communes.isSuccess && communes.data.length === 0 ? t('publicTip.communeNone') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={communeId ?? ''}
            onChange={(event) => onChange({ communeId: event.target.value ? Number(event.target.value) : undefined })}
          >
            <option value="">{t('common.choose')}</option>
            {(searched ? (communes.data ?? []) : []).map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('publicTip.hamlet')}
        required
        error={error}
        hint={communeId === undefined ? t('publicTip.chooseCommune') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={hamletId ?? ''}
            disabled={communeId === undefined}
            onChange={(event) => onChange({ communeId, hamletId: event.target.value ? Number(event.target.value) : undefined })}
          >
            <option value="">{t('common.choose')}</option>
            {(hamlets.data ?? []).map((hamlet) => (
              <option key={hamlet.id} value={hamlet.id}>
                {hamlet.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
