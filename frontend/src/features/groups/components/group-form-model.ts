import type { GroupCreate } from '../api/create-group';
import type { GroupDetail } from '../api/get-group';
import type { GroupStatus } from '../api/get-groups';
import type { GroupUpdate } from '../api/update-group';

/** What the group form edits, as the inputs hold it (text). */
export interface GroupFormValues {
  number: string;
  name: string;
  foundedOn: string;
  status: GroupStatus;
  notes: string;
  leaderAccount: string;
  leaderPersonId: string;
  deputyPersonId: string;
}

export function emptyGroupValues(number?: number): GroupFormValues {
  return {
    number: number ? String(number) : '',
    name: '',
    foundedOn: '',
    status: 'ACTIVE',
    notes: '',
    leaderAccount: '',
    leaderPersonId: '',
    deputyPersonId: '',
  };
}

export function groupValues(group: GroupDetail): GroupFormValues {
  return {
    number: group.number !== undefined ? String(group.number) : '',
    name: group.name ?? '',
    foundedOn: group.foundedOn ?? '',
    status: group.status ?? 'ACTIVE',
    notes: group.notes ?? '',
    leaderAccount: group.leaderAccount ?? '',
    leaderPersonId: group.leader?.id != null ? String(group.leader.id) : '',
    deputyPersonId: group.deputy?.id != null ? String(group.deputy.id) : '',
  };
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
const id = (value: string) => (value === '' ? undefined : Number(value));

export function toGroupCreate(values: GroupFormValues, hamletId: number): GroupCreate {
  return {
    hamletId,
    number: Number(values.number),
    name: text(values.name),
    foundedOn: text(values.foundedOn),
    status: values.status,
    notes: text(values.notes),
    leaderAccount: text(values.leaderAccount),
  };
}

/** Leaving leader or deputy empty removes them. */
export function toGroupUpdate(values: GroupFormValues, version: number): GroupUpdate {
  return {
    number: Number(values.number),
    name: values.name.trim(),
    foundedOn: text(values.foundedOn),
    status: values.status,
    notes: text(values.notes),
    leaderAccount: text(values.leaderAccount),
    leaderPersonId: id(values.leaderPersonId),
    deputyPersonId: id(values.deputyPersonId),
    version,
  };
}

export const GROUP_FORM_FIELDS = new Set([
  'number',
  'name',
  'foundedOn',
  'status',
  'notes',
  'leaderAccount',
  'leaderPersonId',
  'deputyPersonId',
]);
