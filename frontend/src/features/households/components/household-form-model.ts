import type { HouseholdCreate, PersonInput } from '../api/create-household';
import type { Gender, HouseholdDetail, Person, Relation } from '../api/get-household';
import type { HouseholdUpdate } from '../api/update-household';

/** One person as the form holds it: text in the inputs, "" for nothing chosen. */
export interface PersonValues {
  /** React key; stays the same while the person is edited. */
  key: string;
  /** Set for people already saved: the server matches them by id. */
  id?: number;
  fullName: string;
  /** "dd/mm/yyyy" or "yyyy", as on paper and in the import file. */
  birth: string;
  gender: Gender | '';
  relation: Relation | '';
  citizenId: string;
}

export interface HouseholdFormValues {
  code: string;
  address: string;
  phone: string;
  /** Group to join on creation; "" for none. */
  groupId: string;
  people: PersonValues[];
}

let nextKey = 0;
const newKey = () => `person-${++nextKey}`;

export function emptyPerson(relation: Relation | '' = ''): PersonValues {
  return { key: newKey(), fullName: '', birth: '', gender: '', relation, citizenId: '' };
}

/** A new household starts with its head. */
export function emptyHousehold(groupId?: number): HouseholdFormValues {
  return { code: '', address: '', phone: '', groupId: groupId ? String(groupId) : '', people: [emptyPerson('HEAD')] };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function birthText(person: Pick<Person, 'birthDate' | 'birthYear'>): string {
  if (person.birthDate) {
    const [year, month, day] = person.birthDate.split('-');
    return `${day}/${month}/${year}`;
  }
  return person.birthYear != null ? String(person.birthYear) : '';
}

export function householdValues(household: HouseholdDetail): HouseholdFormValues {
  return {
    code: household.code ?? '',
    address: household.address ?? '',
    phone: household.phone ?? '',
    groupId: household.groupId != null ? String(household.groupId) : '',
    people: (household.people ?? []).map((person) => ({
      key: newKey(),
      id: person.id,
      fullName: person.fullName ?? '',
      birth: birthText(person),
      gender: person.gender ?? '',
      relation: person.relation ?? '',
      citizenId: person.citizenId ?? '',
    })),
  };
}

export type Birth = { birthDate?: string; birthYear?: number };

const MIN_YEAR = 1880;

/**
 * Reads a birth date (dd/mm/yyyy; "-" or "." also work) or a birth year (yyyy).
 * Empty gives no birth data; anything else that is not a real date or year gives undefined.
 */
export function parseBirth(text: string, now = new Date()): Birth | undefined {
  const value = text.trim();
  if (value === '') return {};
  const thisYear = now.getFullYear();
  const yearOnly = /^(\d{4})$/.exec(value);
  if (yearOnly) {
    const year = Number(yearOnly[1]);
    return year >= MIN_YEAR && year <= thisYear ? { birthYear: year } : undefined;
  }
  const full = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!full) return undefined;
  const [day, month, year] = [Number(full[1]), Number(full[2]), Number(full[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  const todayIso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return real && year >= MIN_YEAR && birthDate <= todayIso ? { birthDate } : undefined;
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

function toPersonInput(person: PersonValues): PersonInput {
  return {
    id: person.id,
    fullName: person.fullName.trim(),
    ...parseBirth(person.birth),
    gender: person.gender || undefined,
    relation: person.relation as Relation,
    citizenId: text(person.citizenId.replace(/\s/g, '')),
  };
}

export function toHouseholdCreate(values: HouseholdFormValues, hamletId: number): HouseholdCreate {
  return {
    hamletId,
    code: values.code.trim(),
    address: text(values.address),
    phone: text(values.phone),
    groupId: values.groupId ? Number(values.groupId) : undefined,
    people: values.people.map(toPersonInput),
  };
}

export function toHouseholdUpdate(values: HouseholdFormValues, version: number): HouseholdUpdate {
  return {
    code: values.code.trim(),
    address: text(values.address),
    phone: text(values.phone),
    people: values.people.map(toPersonInput),
    version,
  };
}

export const personField = (index: number, name: string) => `people[${index}].${name}`;

/** The error of a person's birth input: the server names birthDate or birthYear. */
export const birthFields = (index: number) => [personField(index, 'birthDate'), personField(index, 'birthYear')];

const PERSON_FIELD = /^people\[\d+\]\.(fullName|birthDate|birthYear|gender|relation|citizenId)$/;

/** Whether the household form shows an error of that field next to an input. */
export function isHouseholdField(field: string): boolean {
  return ['code', 'address', 'phone', 'groupId', 'people'].includes(field) || PERSON_FIELD.test(field);
}

/** Checks made before sending: only what the server cannot tell better (birth is typed as free text). */
export function localErrors(values: HouseholdFormValues): Record<string, 'birthFormat'> {
  const errors: Record<string, 'birthFormat'> = {};
  values.people.forEach((person, index) => {
    if (parseBirth(person.birth) === undefined) errors[personField(index, 'birthDate')] = 'birthFormat';
  });
  return errors;
}
