import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TIP_CATEGORIES, TIP_STATUSES, type TipCategory, type TipFilter, type TipStatus } from '../api/get-tips';

interface TipFiltersProps {
  filter: TipFilter;
  username: string;
  onChange: (filter: TipFilter) => void;
}

/** The officer's inbox filters: status, category, overdue only, assigned to me only. */
export function TipFilters({ filter, username, onChange }: TipFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filters tip-filters" role="search" aria-label={t('tip.filters')}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('tip.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: (event.target.value || undefined) as TipStatus | undefined })}
        >
          <option value="">{t('tip.allStatuses')}</option>
          {TIP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`tipStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('tip.category')}</label>
        <select
          id={`${id}-category`}
          value={filter.category ?? ''}
          onChange={(event) =>
            onChange({ ...filter, category: (event.target.value || undefined) as TipCategory | undefined })
          }
        >
          <option value="">{t('tip.allCategories')}</option>
          {TIP_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`tipCategory.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.overdue === true}
          onChange={(event) => onChange({ ...filter, overdue: event.target.checked || undefined })}
        />
        {t('tip.onlyOverdue')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.assignee === username}
          onChange={(event) => onChange({ ...filter, assignee: event.target.checked ? username : undefined })}
        />
        {t('tip.onlyMine')}
      </label>
    </div>
  );
}
