import { describe, expect, it } from 'vitest';
import { periodOfParams, periodProblem, presetOf, presetPeriod } from './period';

describe('presetPeriod', () => {
  const today = '2026-11-29';

  it('gives this year so far and the whole of last year', () => {
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('gives the 12 calendar months up to today, across the new year', () => {
    expect(presetPeriod('last12Months', today)).toEqual({ from: '2025-12-01', to: today });
    expect(presetPeriod('last12Months', '2026-01-15')).toEqual({ from: '2025-02-01', to: '2026-01-15' });
    expect(presetPeriod('last12Months', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('gives whole calendar years for the last 5 and 10 years', () => {
    expect(presetPeriod('last5Years', today)).toEqual({ from: '2022-01-01', to: today });
    expect(presetPeriod('last10Years', today)).toEqual({ from: '2017-01-01', to: today });
  });
});

describe('presetOf', () => {
  it('recognises a preset and calls anything else custom', () => {
    expect(presetOf({ from: '2017-01-01', to: '2026-11-29' }, '2026-11-29')).toBe('last10Years');
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, '2026-11-29')).toBe('lastYear');
    // a shared link of yesterday's "this year" is a fixed period today
    expect(presetOf({ from: '2026-01-01', to: '2026-11-28' }, '2026-11-29')).toBe('custom');
  });
});

describe('periodProblem', () => {
  it('accepts up to 20 years and refuses what the server refuses', () => {
    expect(periodProblem({ from: '2006-11-29', to: '2026-11-29' })).toBeUndefined();
    expect(periodProblem({ from: '2006-11-28', to: '2026-11-29' })).toBe('tooLong');
    expect(periodProblem({ from: '2026-02-01', to: '2026-01-31' })).toBe('order');
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('invalid');
    expect(periodProblem({ from: '', to: '2026-03-01' })).toBe('invalid');
    expect(periodProblem({ from: '2004-02-29', to: '2024-02-29' })).toBeUndefined();
    expect(periodProblem({ from: '2004-02-28', to: '2024-02-29' })).toBe('tooLong');
    expect(periodProblem({ from: '2100-02-28', to: '2120-02-29' })).toBeUndefined(); // 2100 has no 29 February
  });
});

describe('periodOfParams', () => {
  it('reads both days, and defaults like the server', () => {
    const today = '2026-11-29';
    expect(periodOfParams(new URLSearchParams('from=2017-01-01&to=2020-06-30'), today)).toEqual({
      from: '2017-01-01', to: '2020-06-30',
    });
    expect(periodOfParams(new URLSearchParams(''), today)).toEqual({ from: '2026-01-01', to: today });
    expect(periodOfParams(new URLSearchParams('to=2020-06-30'), today)).toEqual({ from: '2020-01-01', to: '2020-06-30' });
    expect(periodOfParams(new URLSearchParams('from=junk&to=2020-13-01'), today)).toEqual({ from: '2026-01-01', to: today });
  });
});
