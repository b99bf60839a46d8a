import { today } from '../../../lib/dates';
import type { Unit } from '../api/paging';

/** validTo is the last day of validity, so a unit is retired from the day after. */
export function isRetired(unit: Unit, on = today()): boolean {
  return !!unit.validTo && unit.validTo < on;
}
