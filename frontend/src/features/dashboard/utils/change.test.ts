import { describe, expect, it } from 'vitest';
import { changeOf, formatChange, formatFigure, formatSignedChange } from './change';

describe('changeOf', () => {
  it('counts whole numbers up and down', () => {
    expect(changeOf(12, 9, 'count')).toEqual({ direction: 'up', amount: 3 });
    expect(changeOf(2, 9, 'count')).toEqual({ direction: 'down', amount: 7 });
    expect(changeOf(0, 0, 'money')).toEqual({ direction: 'same', amount: 0 });
  });

  it('measures percentages in points rounded to one decimal, like the Excel report', () => {
    expect(changeOf(85.6, 82, 'percent')).toEqual({ direction: 'up', amount: 3.6 });
    expect(changeOf(70.1, 72.4, 'percent')).toEqual({ direction: 'down', amount: 2.3 });
    expect(changeOf(0.3, 0.1, 'percent')).toEqual({ direction: 'up', amount: 0.2 });
    expect(changeOf(50.02, 50, 'percent')).toEqual({ direction: 'same', amount: 0 });
  });

  it('has no change when a side has no value', () => {
    expect(changeOf(null, 50, 'percent')).toBeUndefined();
    expect(changeOf(50, undefined, 'percent')).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes figures the Vietnamese way, and none as a dash', () => {
    expect(formatFigure(1234567, 'count', 'vi')).toBe('1.234.567');
    expect(formatFigure(85.6, 'percent', 'vi')).toMatch(/^85,6\s?%$/);
    expect(formatFigure(12500000, 'money', 'vi')).toMatch(/^12\.500\.000\s?₫$/);
    expect(formatFigure(null, 'percent', 'vi')).toBe('—');
    expect(formatFigure(1234, 'count', 'en')).toBe('1,234');
  });

  it('writes a change with its arrow, percentages as plain points', () => {
    expect(formatChange({ direction: 'up', amount: 1500 }, 'count', 'vi')).toBe('▲ 1.500');
    expect(formatChange({ direction: 'down', amount: 2.5 }, 'percent', 'vi')).toBe('▼ 2,5');
    expect(formatChange({ direction: 'up', amount: 2000000 }, 'money', 'vi')).toMatch(/^▲ 2\.000\.000\s?₫$/);
    expect(formatChange({ direction: 'same', amount: 0 }, 'count', 'vi')).toBe('=');
    expect(formatSignedChange({ direction: 'down', amount: 2.5 }, 'percent', 'vi')).toBe('−2,5');
    expect(formatSignedChange({ direction: 'up', amount: 1500 }, 'money', 'vi')).toBe('+1.500');
  });
});
