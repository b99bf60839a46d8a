import { describe, expect, it } from 'vitest';
import { normalisePhone, phoneHint } from './phone';

describe('Vietnamese phone numbers', () => {
  it('accepts mobile and landline numbers in the usual ways of writing them', () => {
    expect(normalisePhone('0912345678')).toBe('0912345678');
    expect(normalisePhone('0912 345 678')).toBe('0912345678');
    expect(normalisePhone('091.234.5678')).toBe('0912345678');
    expect(normalisePhone('+84 912-345-678')).toBe('0912345678');
    expect(normalisePhone('84912345678')).toBe('0912345678');
    expect(normalisePhone('(0212) 385 2345')).toBe('02123852345');
  });

  it('refuses what is not a Vietnamese number', () => {
    for (const input of ['', '091234567', '09123456789', '0123456789', '0412345678', '021234567', 'abc']) {
      expect(normalisePhone(input), input).toBeUndefined();
    }
  });

  it('hints the stored form, or that the number is wrong, and says nothing for an empty or tidy number', () => {
    expect(phoneHint('')).toEqual({ kind: 'none' });
    expect(phoneHint('0912345678')).toEqual({ kind: 'none' });
    expect(phoneHint('+84 912 345 678')).toEqual({ kind: 'normalised', phone: '0912345678' });
    expect(phoneHint('12345')).toEqual({ kind: 'invalid' });
  });
});
