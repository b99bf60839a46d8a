import type { KeyArea, KeyAreaCreate, KeyAreaUpdate } from '../api/key-areas';

export interface KeyAreaValues {
  name: string;
  problem: string;
  listedOn: string;
  transformedOn: string;
  note: string;
}

export type KeyAreaField = keyof KeyAreaValues;
/** Keys under "keyArea." of the messages shown next to a field. */
export type KeyAreaMessage = 'required' | 'dateFuture' | 'transformedBeforeListed';

export const KEY_AREA_FIELDS: readonly string[] = ['name', 'problem', 'listedOn', 'transformedOn', 'note', 'unitId'];

export const emptyKeyArea = (listedOn: string): KeyAreaValues => ({ name: '', problem: '', listedOn, transformedOn: '', note: '' });

export const keyAreaValues = (area: KeyArea): KeyAreaValues => ({
  name: area.name ?? '',
  problem: area.problem ?? '',
  listedOn: area.listedOn ?? '',
  transformedOn: area.transformedOn ?? '',
  note: area.note ?? '',
});

/** A name and a listing date; no date in the future; transformed no earlier than listed (ISO dates compare as text). */
export function checkKeyArea(values: KeyAreaValues, today: string): Partial<Record<KeyAreaField, KeyAreaMessage>> {
  const errors: Partial<Record<KeyAreaField, KeyAreaMessage>> = {};
  if (!values.name.trim()) errors.name = 'required';
  if (!values.listedOn) errors.listedOn = 'required';
  else if (values.listedOn > today) errors.listedOn = 'dateFuture';
  if (values.transformedOn > today) errors.transformedOn = 'dateFuture';
  else if (values.transformedOn && values.listedOn && values.transformedOn < values.listedOn) errors.transformedOn = 'transformedBeforeListed';
  return errors;
}

export function toKeyAreaCreate(unitId: number, values: KeyAreaValues): KeyAreaCreate {
  return {
    unitId,
    name: values.name.trim(),
    problem: values.problem.trim() || undefined,
    listedOn: values.listedOn,
    transformedOn: values.transformedOn || undefined,
    note: values.note.trim() || undefined,
  };
}

/** The whole area as edited, with the version read (a change by someone else since is refused). */
export function toKeyAreaUpdate(area: KeyArea, values: KeyAreaValues): KeyAreaUpdate {
  return { ...toKeyAreaCreate(area.unitId!, values), version: area.version! };
}
