import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';
import { useHamletOptions } from '../lib/api/hamlet-options';

interface HamletFieldProps {
  value?: number;
  onChange: (hamletId: number | undefined) => void;
  error?: string;
}

/** For officers above a hamlet: narrow the hamlets of their area by name, then pick one. */
export function HamletField({ value, onChange, error }: HamletFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const options = useHamletOptions(text, true);
  const hamlets = options.data?.items ?? [];
  return (
    <>
      <Field label={t('tip.hamletSearch')} hint={t('tip.hamletSearchHint')}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={text}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('tip.hamlet')}
        required
        error={error}
        hint={options.isSuccess && hamlets.length === 0 ? t('tip.hamletNone') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
          >
            <option value="">{t('common.choose')}</option>
            {hamlets.map((hamlet) => (
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
