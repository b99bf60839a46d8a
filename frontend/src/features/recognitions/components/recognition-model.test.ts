import { describe, expect, it } from 'vitest';
import { checkRecognition, defaultLevel, toRecognitionCreate, type RecognitionValues } from './recognition-model';

const values: RecognitionValues = { level: 'COMMUNE', year: 2026, personName: '', reason: 'Phát hiện, tố giác 3 vụ trộm cắp' };

describe('recognition form', () => {
  it('proposes the level of the unit whose page it is on', () => {
    expect(defaultLevel('PROVINCE')).toBe('PROVINCE');
    expect(defaultLevel('DISTRICT')).toBe('DISTRICT');
    expect(defaultLevel('COMMUNE')).toBe('COMMUNE');
    expect(defaultLevel('HAMLET')).toBe('COMMUNE');
  });

  it('wants a group or a person, a reason, and a year not in the future', () => {
    expect(checkRecognition(values, 2026)).toEqual({ personName: 'whoRequired' });
    expect(checkRecognition({ ...values, groupId: 4 }, 2026)).toEqual({});
    expect(checkRecognition({ ...values, personName: 'Lò Văn Thắng', reason: ' ', year: 2027 }, 2026)).toEqual({
      reason: 'required',
      year: 'yearFuture',
    });
  });

  it('sends a person of a group with trimmed texts', () => {
    expect(toRecognitionCreate(12, { ...values, groupId: 4, personName: ' Lò Văn Thắng ' })).toEqual({
      unitId: 12,
      groupId: 4,
      personName: 'Lò Văn Thắng',
      year: 2026,
      level: 'COMMUNE',
      reason: 'Phát hiện, tố giác 3 vụ trộm cắp',
    });
    expect(toRecognitionCreate(12, { ...values, groupId: 4 }).personName).toBeUndefined();
  });
});
