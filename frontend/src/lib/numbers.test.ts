import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, parseMoney, progressPercent } from './numbers';

describe('progressPercent', () => {
  it('is the whole percentage done, never above 100', () => {
    expect(progressPercent(0, 200)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(200, 200)).toBe(100);
    expect(progressPercent(250, 200)).toBe(100);
  });

  it('is 0 while the total is not known yet', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(5, 0)).toBe(0);
    expect(progressPercent(undefined, undefined)).toBe(0);
  });
});

describe('formatPercent', () => {
  it('shows one decimal at most, in the language of the page', () => {
    expect(formatPercent(45.5, 'vi')).toMatch(/^45,5\s?%$/);
    expect(formatPercent(45.5, 'en')).toBe('45.5%');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatPercent(undefined, 'en')).toBe('0%');
  });
});

describe('formatMoney', () => {
  it('writes đồng without decimals', () => {
    expect(formatMoney(12500000, 'vi')).toMatch(/^12\.500\.000\s?₫$/);
    expect(formatMoney(12500000, 'en')).toBe('₫12,500,000');
  });
});

describe('parseMoney', () => {
  it('reads amounts as people type them', () => {
    expect(parseMoney('1500000')).toBe(1_500_000);
    expect(parseMoney('1.500.000')).toBe(1_500_000);
    expect(parseMoney('1,500,000')).toBe(1_500_000);
    expect(parseMoney(' 1 500 000 ')).toBe(1_500_000);
    expect(parseMoney('200.000đ')).toBe(200_000);
    expect(parseMoney('200.000 ₫')).toBe(200_000);
    expect(parseMoney('50000 VND')).toBe(50_000);
    expect(parseMoney('0')).toBe(0);
  });

  it('refuses what is not a whole number of đồng', () => {
    for (const text of ['', ' ', '1.5', '1,50', '1.5000', '12.34.567', '-5000', 'abc', '1e6', '100k', '.500']) {
      expect(parseMoney(text), text).toBeUndefined();
    }
  });
});
