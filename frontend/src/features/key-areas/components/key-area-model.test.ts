import { describe, expect, it } from 'vitest';
import { checkKeyArea, emptyKeyArea, keyAreaValues, toKeyAreaCreate, toKeyAreaUpdate } from './key-area-model';

const today = '2026-11-29';

describe('key area form', () => {
  it('wants a name and a listing date, neither date in the future', () => {
    expect(checkKeyArea(emptyKeyArea(today), today)).toEqual({ name: 'required' });
    expect(checkKeyArea({ ...emptyKeyArea(''), name: 'Bến xe cũ' }, today)).toEqual({ listedOn: 'required' });
    expect(checkKeyArea({ ...emptyKeyArea('2026-12-01'), name: 'x', transformedOn: '2026-12-02' }, today)).toEqual({
      listedOn: 'dateFuture',
      transformedOn: 'dateFuture',
    });
  });

  it('refuses a transformation before the listing', () => {
    const values = { ...emptyKeyArea('2024-05-01'), name: 'Bến xe cũ', transformedOn: '2024-04-30' };
    expect(checkKeyArea(values, today)).toEqual({ transformedOn: 'transformedBeforeListed' });
    expect(checkKeyArea({ ...values, transformedOn: '2024-05-01' }, today)).toEqual({});
  });

  it('sends trimmed texts, empty ones left out, and the version read when editing', () => {
    const values = { name: ' Bến xe cũ ', problem: '  ', listedOn: '2024-05-01', transformedOn: '', note: ' ghi chú ' };
    expect(toKeyAreaCreate(7, values)).toEqual({
      unitId: 7,
      name: 'Bến xe cũ',
      problem: undefined,
      listedOn: '2024-05-01',
      transformedOn: undefined,
      note: 'ghi chú',
    });
    const area = { id: 3, unitId: 9, name: 'Bến xe cũ', listedOn: '2024-05-01', version: 4 };
    expect(toKeyAreaUpdate(area, { ...keyAreaValues(area), transformedOn: '2026-11-20' })).toMatchObject({
      unitId: 9,
      transformedOn: '2026-11-20',
      version: 4,
    });
  });
});
