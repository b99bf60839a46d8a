import { describe, expect, it } from 'vitest';
import { formatDong, parseDong } from './money';

// Intl writes a no-break space before the currency sign; compare with ordinary spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatDong', () => {
  it('groups thousands with dots in Vietnamese, with commas in English, and never shows decimals', () => {
    expect(plain(formatDong(1_500_000, 'vi'))).toBe('1.500.000 ₫');
    expect(plain(formatDong(0, 'vi'))).toBe('0 ₫');
    expect(formatDong(1_500_000, 'en')).toBe('₫1,500,000');
    expect(plain(formatDong(undefined, 'vi'))).toBe('0 ₫');
    expect(plain(formatDong(-250_000, 'vi'))).toBe('-250.000 ₫');
  });
});

describe('parseDong', () => {
  it('reads amounts as people type them', () => {
    expect(parseDong('1500000')).toBe(1_500_000);
    expect(parseDong('1.500.000')).toBe(1_500_000);
    expect(parseDong('1,500,000')).toBe(1_500_000);
    expect(parseDong(' 1 500 000 ')).toBe(1_500_000);
    expect(parseDong('200.000đ')).toBe(200_000);
    expect(parseDong('200.000 ₫')).toBe(200_000);
    expect(parseDong('50000 VND')).toBe(50_000);
    expect(parseDong('0')).toBe(0);
  });

  it('refuses what is not a whole number of đồng', () => {
    for (const text of ['', ' ', '1.5', '1,50', '1.5000', '12.34.567', '-5000', 'abc', '1e6', '100k', '.500']) {
      expect(parseDong(text), text).toBeUndefined();
    }
  });
});
