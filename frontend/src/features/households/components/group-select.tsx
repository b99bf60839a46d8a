import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from '../../../components/field';
import type { components } from '../../../lib/api/schema';

export type GroupOption = components['schemas']['GroupSummary'];

interface GroupSelectProps {
  control: FieldControlProps;
  groups: GroupOption[];
  /** Group id as text; "" for no group. */
  value: string;
  onChange: (groupId: string) => void;
  /** Label of the empty choice. */
  noneLabel?: string;
}

/** A choice among the hamlet's active groups, or none. */
export function GroupSelect({ control, groups, value, onChange, noneLabel }: GroupSelectProps) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{noneLabel ?? t('household.noGroup')}</option>
      {groups.map((group) => (
        <option key={group.id} value={String(group.id)}>
          {group.name}
        </option>
      ))}
    </select>
  );
}
