import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { TipCategoryField } from '../../../components/tip-category-field';
import { FormProblemMessage } from '../../../components/form-problem';
import type { TipCategory } from '../../../lib/api/tip-enums';
import { localDateTimeNow, localDateTimeToIso } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useCreatePublicTip, type PublicTipCreated } from '../api/create-public-tip';
import { PlaceFields } from './place-fields';

const FORM_FIELDS = new Set(['hamletId', 'category', 'occurredAt', 'locationText', 'description']);

interface Values {
  communeId?: number;
  hamletId?: number;
  category?: TipCategory;
  occurredAt: string;
  locationText: string;
  description: string;
}

type Missing = Partial<Record<'hamletId' | 'category' | 'description' | 'occurredAt', string>>;

/** A citizen's tip, without an account and without a name; the answer is the tracking code. */
export function PublicTipForm({ onFiled }: { onFiled: (created: PublicTipCreated) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({ occurredAt: '', locationText: '', description: '' });
  const [missing, setMissing] = useState<Missing>({});
  const create = useCreatePublicTip();
  const problem = create.isError ? formProblem(create.error, t, (field) => FORM_FIELDS.has(field)) : undefined;
  const set = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));
  const error = (field: keyof Missing) => missing[field] ?? problem?.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Missing = {};
    if (values.hamletId === undefined) found.hamletId = t('tip.required');
    if (!values.category) found.category = t('tip.required');
    if (!values.description.trim()) found.description = t('tip.required');
    if (values.occurredAt && values.occurredAt > localDateTimeNow()) found.occurredAt = t('tip.occurredFuture');
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      {
        hamletId: values.hamletId!,
        category: values.category!,
        occurredAt: localDateTimeToIso(values.occurredAt),
        locationText: values.locationText.trim() || undefined,
        description: values.description.trim(),
      },
      { onSuccess: onFiled },
    );
  };

  return (
    <form className="form form-large" onSubmit={submit} noValidate>
      <FormProblemMessage problem={problem} />
      <PlaceFields
        communeId={values.communeId}
        hamletId={values.hamletId}
        onChange={({ communeId, hamletId }) => set({ communeId, hamletId })}
        error={error('hamletId')}
      />
      <TipCategoryField value={values.category} onChange={(category) => set({ category })} error={error('category')} />
      <Field label={t('tip.occurredAt')} hint={t('publicTip.occurredHint')} error={error('occurredAt')}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            max={localDateTimeNow()}
            value={values.occurredAt}
            onChange={(event) => set({ occurredAt: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('tip.location')} error={problem?.fields.locationText}>
        {(control) => (
          <input
            {...control}
            value={values.locationText}
            maxLength={500}
            placeholder={t('tip.locationPlaceholder')}
            onChange={(event) => set({ locationText: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('tip.description')} required hint={t('tip.descriptionHint')} error={error('description')}>
        {(control) => (
          <textarea
            {...control}
            rows={6}
            maxLength={4000}
            value={values.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="button button-wide" disabled={create.isPending}>
        {create.isPending ? t('publicTip.sending') : t('publicTip.submit')}
      </button>
    </form>
  );
}
