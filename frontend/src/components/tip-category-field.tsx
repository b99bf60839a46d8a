import { useTranslation } from 'react-i18next';
import { TIP_CATEGORIES, type TipCategory } from '../lib/api/tip-enums';
import { Field } from './field';

interface TipCategoryFieldProps {
  value?: TipCategory;
  onChange: (category: TipCategory | undefined) => void;
  error?: string;
}

/** The required choice of a tip's category, in the order the police use; for the staff and the public forms. */
export function TipCategoryField({ value, onChange, error }: TipCategoryFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('tip.category')} required error={error}>
      {(control) => (
        <select
          {...control}
          value={value ?? ''}
          onChange={(event) => onChange((event.target.value || undefined) as TipCategory | undefined)}
        >
          <option value="">{t('common.choose')}</option>
          {TIP_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`tipCategory.${category}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
