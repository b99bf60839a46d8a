import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroupOptions } from '../api/get-group-options';
import type { HouseholdFilter } from '../api/get-households';

const DEBOUNCE_MS = 300;
/** Value of the group choice that lists the households in no group. */
export const WITHOUT_GROUP = 'none';

interface HouseholdFiltersProps {
  filter: HouseholdFilter;
  onChange: (filter: HouseholdFilter) => void;
}

/** Search (accents optional) and group choice: all, none, or one active group of the unit. */
export function HouseholdFilters({ filter, onChange }: HouseholdFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const groups = useGroupOptions(filter.unitId);
  const [text, setText] = useState(filter.q ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      const q = text.trim() || undefined;
      if (q !== filter.q) onChange({ ...filter, q });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filter, onChange]);

  const groupValue = filter.withoutGroup ? WITHOUT_GROUP : filter.groupId != null ? String(filter.groupId) : '';
  return (
    <div className="filters" role="search" aria-label={t('household.filters')}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('household.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          placeholder={t('household.searchPlaceholder')}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('household.group')}</label>
        <select
          id={`${id}-group`}
          value={groupValue}
          onChange={(event) => {
            const value = event.target.value;
            onChange({
              ...filter,
              groupId: value && value !== WITHOUT_GROUP ? Number(value) : undefined,
              withoutGroup: value === WITHOUT_GROUP ? true : undefined,
            });
          }}
        >
          <option value="">{t('household.allGroups')}</option>
          <option value={WITHOUT_GROUP}>{t('household.withoutGroup')}</option>
          {filter.groupId != null && !groups.data?.some((group) => group.id === filter.groupId) && (
            <option value={String(filter.groupId)}>{t('household.groupNumberFallback', { id: filter.groupId })}</option>
          )}
          {groups.data?.map((group) => (
            <option key={group.id} value={String(group.id)}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
