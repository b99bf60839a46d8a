import type { components } from '../../../lib/api/schema';
import type { RecognitionCreate, RecognitionLevel } from '../api/recognitions';

export interface RecognitionValues {
  level: RecognitionLevel;
  year: number;
  groupId?: number;
  personName: string;
  reason: string;
}

export type RecognitionField = 'level' | 'year' | 'groupId' | 'personName' | 'reason';
/** Keys under "recognition." of the messages shown next to a field. */
export type RecognitionMessage = 'required' | 'whoRequired' | 'yearFuture';

export const RECOGNITION_FIELDS: readonly string[] = ['level', 'year', 'groupId', 'personName', 'reason', 'unitId'];

export type UnitLevel = components['schemas']['UnitLevel'];

/** The level of recognition an officer most often records on a unit's page: that unit's own (a hamlet's is the commune's). */
export function defaultLevel(unitLevel: UnitLevel | undefined): RecognitionLevel {
  if (unitLevel === 'COUNTRY') return 'MINISTRY';
  if (unitLevel === 'PROVINCE') return 'PROVINCE';
  if (unitLevel === 'DISTRICT') return 'DISTRICT';
  return 'COMMUNE';
}

/** A group, a person or both; a reason; a year not in the future. */
export function checkRecognition(values: RecognitionValues, currentYear: number): Partial<Record<RecognitionField, RecognitionMessage>> {
  const errors: Partial<Record<RecognitionField, RecognitionMessage>> = {};
  if (values.groupId === undefined && !values.personName.trim()) errors.personName = 'whoRequired';
  if (!values.reason.trim()) errors.reason = 'required';
  if (values.year > currentYear) errors.year = 'yearFuture';
  return errors;
}

export function toRecognitionCreate(unitId: number, values: RecognitionValues): RecognitionCreate {
  return {
    unitId,
    groupId: values.groupId,
    personName: values.personName.trim() || undefined,
    year: values.year,
    level: values.level,
    reason: values.reason.trim(),
  };
}
