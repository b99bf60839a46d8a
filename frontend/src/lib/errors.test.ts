import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import { formProblem, isStaleVersion, normaliseFieldPath, problemKind } from './errors';
import { i18n } from './i18n';

const t = i18n.getFixedT('vi');
const problem = (status: number, kind: string, detail: string, errors?: { field?: string; message?: string }[]) =>
  new ApiError(status, { type: `urn:lgtq:problem:${kind}`, title: 'x', status, detail, errors });

describe('problem+json for forms', () => {
  it('names list items the way the form does', () => {
    expect(normaliseFieldPath('people[0].fullName')).toBe('people[0].fullName');
    expect(normaliseFieldPath('people.2.gender')).toBe('people[2].gender');
    expect(normaliseFieldPath('code')).toBe('code');
  });

  it('puts field errors next to the fields the form shows and keeps the others on top', () => {
    const error = problem(400, 'validation', 'Dữ liệu gửi lên không hợp lệ.', [
      { field: 'people[0].citizenId', message: 'Số CCCD phải gồm đúng 12 chữ số.' },
      { field: 'people.1.gender', message: 'giá trị sai kiểu' },
      { field: 'hamletId', message: 'không được để trống' },
      { field: 'code', message: 'không được để trống' },
      { field: 'code', message: 'quá dài' },
    ]);
    const shown = new Set(['code', 'people[0].citizenId', 'people[1].gender']);
    const result = formProblem(error, t, (field) => shown.has(field));
    expect(result.title).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(result.detail).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(result.fields).toEqual({
      'people[0].citizenId': 'Số CCCD phải gồm đúng 12 chữ số.',
      'people[1].gender': 'giá trị sai kiểu',
      code: 'không được để trống',
    });
    expect(result.unplaced).toEqual([{ field: 'hamletId', message: 'không được để trống' }]);
    expect(result.stale).toBe(false);
  });

  it('puts a conflict of a known kind next to its field', () => {
    const error = problem(409, 'duplicate-household-code', 'Mã hộ HK-01 đã có trong thôn.');
    const result = formProblem(error, t, () => true, { 'duplicate-household-code': 'code' });
    expect(result.fields).toEqual({ code: 'Mã hộ HK-01 đã có trong thôn.' });
    expect(problemKind(error)).toBe('duplicate-household-code');
    expect(isStaleVersion(error)).toBe(false);
  });

  it('recognises a stale version and says the record changed', () => {
    const error = problem(409, 'stale-version', 'Bản ghi đã được người khác thay đổi; hãy tải lại rồi sửa lại.');
    expect(isStaleVersion(error)).toBe(true);
    const result = formProblem(error, t, () => true);
    expect(result.stale).toBe(true);
    expect(result.title).toBe('Bản ghi đã được người khác thay đổi.');
  });

  it('copes with failures that are not problem+json', () => {
    const result = formProblem(new ApiError(0), t, () => true);
    expect(result.title).toMatch(/Không kết nối được máy chủ/);
    expect(result.fields).toEqual({});
    expect(problemKind(new Error('boom'))).toBeUndefined();
  });
});
