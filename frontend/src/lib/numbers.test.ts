import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, progressPercent } from './numbers';

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
