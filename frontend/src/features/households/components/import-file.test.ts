import { describe, expect, it } from 'vitest';
import { importFileProblem, MAX_IMPORT_BYTES } from './import-file';

describe('importFileProblem', () => {
  it('accepts CSV and XLSX files up to 50 MB', () => {
    expect(importFileProblem({ name: 'ho-gia-dinh.csv', size: 10 })).toBeUndefined();
    expect(importFileProblem({ name: 'Ho gia dinh.XLSX', size: MAX_IMPORT_BYTES })).toBeUndefined();
  });

  it('refuses other types, empty and too large files', () => {
    expect(importFileProblem({ name: 'ho-gia-dinh.xls', size: 10 })).toBe('type');
    expect(importFileProblem({ name: 'ho-gia-dinh.csv', size: 0 })).toBe('empty');
    expect(importFileProblem({ name: 'ho-gia-dinh.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('size');
  });
});
