import { describe, expect, it } from 'vitest';
import {
  birthText,
  emptyHousehold,
  householdValues,
  isHouseholdField,
  localErrors,
  parseBirth,
  toHouseholdCreate,
  toHouseholdUpdate,
} from './household-form-model';

const now = new Date(2025, 9, 15);

describe('parseBirth', () => {
  it('reads a date written dd/mm/yyyy, or a year', () => {
    expect(parseBirth('05/03/1980', now)).toEqual({ birthDate: '1980-03-05' });
    expect(parseBirth('5-3-1980', now)).toEqual({ birthDate: '1980-03-05' });
    expect(parseBirth(' 29.02.2000 ', now)).toEqual({ birthDate: '2000-02-29' });
    expect(parseBirth('1956', now)).toEqual({ birthYear: 1956 });
    expect(parseBirth('', now)).toEqual({});
  });

  it('refuses dates that do not exist, lie in the future or are not dates', () => {
    for (const text of ['31/02/1980', '29/02/2001', '1980-03-05', '16/10/2025', '2026', '1700', '12/1980', 'năm 80']) {
      expect(parseBirth(text, now), text).toBeUndefined();
    }
  });

  it('writes back what the server stored', () => {
    expect(birthText({ birthDate: '1980-03-05' })).toBe('05/03/1980');
    expect(birthText({ birthYear: 1956 })).toBe('1956');
    expect(birthText({})).toBe('');
  });
});

describe('household form', () => {
  it('starts with the head of household, in the group it was opened from', () => {
    const values = emptyHousehold(7);
    expect(values.groupId).toBe('7');
    expect(values.people.map((person) => person.relation)).toEqual(['HEAD']);
  });

  it('sends trimmed values, leaves out empty ones and reads birth and citizen ID', () => {
    const values = emptyHousehold();
    values.code = ' HK-01 ';
    values.phone = '0912 345 678';
    values.people[0] = { ...values.people[0], fullName: ' Lò Văn Minh ', birth: '1975', gender: 'MALE', citizenId: '014 075 000 123' };
    expect(toHouseholdCreate(values, 20)).toEqual({
      hamletId: 20,
      code: 'HK-01',
      address: undefined,
      phone: '0912 345 678',
      groupId: undefined,
      people: [
        { id: undefined, fullName: 'Lò Văn Minh', birthYear: 1975, gender: 'MALE', relation: 'HEAD', citizenId: '014075000123' },
      ],
    });
  });

  it('keeps the ids of saved people so the server can match them, and sends the version', () => {
    const values = householdValues({
      id: 3, code: 'HK-01', version: 4, groupId: 9,
      people: [{ id: 11, fullName: 'Lò Văn Minh', birthDate: '1975-01-02', relation: 'HEAD', gender: 'MALE' }],
    });
    expect(values.groupId).toBe('9');
    expect(values.people[0].birth).toBe('02/01/1975');
    const update = toHouseholdUpdate(values, 4);
    expect(update.version).toBe(4);
    expect(update.people[0]).toMatchObject({ id: 11, birthDate: '1975-01-02', relation: 'HEAD' });
    expect(update).not.toHaveProperty('groupId');
  });

  it('flags a birth it cannot read before sending', () => {
    const values = emptyHousehold();
    values.people[0].birth = '31/02/1980';
    expect(localErrors(values)).toEqual({ 'people[0].birthDate': 'birthFormat' });
  });

  it('knows which server fields it shows next to an input', () => {
    for (const field of ['code', 'phone', 'people', 'people[0].fullName', 'people[12].citizenId', 'people[1].birthYear']) {
      expect(isHouseholdField(field), field).toBe(true);
    }
    for (const field of ['hamletId', 'version', 'people[0].id', 'people[0]']) {
      expect(isHouseholdField(field), field).toBe(false);
    }
  });
});
