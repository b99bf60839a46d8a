import { describe, expect, it } from 'vitest';
import { checkFundEntry, emptyFundEntry, exceedsBalance, signedAmount, toFundEntryInput, type FundEntryValues } from './fund-entry-model';

const limits = { today: '2026-11-29', foundedOn: '2016-03-15' };
const entry = (change: Partial<FundEntryValues>): FundEntryValues => ({
  ...emptyFundEntry('2026-11-29'),
  amount: '200.000',
  description: 'Các hộ đóng góp quỹ tháng 11',
  ...change,
});

describe('checkFundEntry', () => {
  it('accepts a contribution of today typed with dots', () => {
    expect(checkFundEntry(entry({}), limits)).toEqual({});
  });

  it('wants a date, an amount and a description', () => {
    expect(checkFundEntry(entry({ entryOn: '', amount: ' ', description: '  ' }), limits)).toEqual({
      entryOn: 'required',
      amount: 'required',
      description: 'required',
    });
  });

  it('refuses a date in the future or before the group was founded', () => {
    expect(checkFundEntry(entry({ entryOn: '2026-11-30' }), limits).entryOn).toBe('dateFuture');
    expect(checkFundEntry(entry({ entryOn: '2016-03-14' }), limits).entryOn).toBe('dateBeforeFounding');
    expect(checkFundEntry(entry({ entryOn: '2016-03-15' }), limits).entryOn).toBeUndefined();
    expect(checkFundEntry(entry({ entryOn: '2001-01-01' }), { today: '2026-11-29' }).entryOn).toBeUndefined();
  });

  it('wants a whole amount above zero; zero only for support in kind', () => {
    expect(checkFundEntry(entry({ amount: '1,5' }), limits).amount).toBe('amountInvalid');
    expect(checkFundEntry(entry({ amount: '0' }), limits).amount).toBe('amountZero');
    expect(checkFundEntry(entry({ amount: '0', kind: 'EXPENSE' }), limits).amount).toBe('amountZero');
    expect(checkFundEntry(entry({ amount: '0', kind: 'SUPPORT' }), limits).amount).toBeUndefined();
    expect(checkFundEntry(entry({ amount: '1000000000001' }), limits).amount).toBe('amountTooLarge');
  });
});

describe('toFundEntryInput', () => {
  it('sends the amount in đồng and trimmed texts; an expense without source', () => {
    expect(toFundEntryInput(entry({ source: ' Công an tỉnh ', kind: 'SUPPORT' }))).toEqual({
      kind: 'SUPPORT',
      entryOn: '2026-11-29',
      amount: 200_000,
      description: 'Các hộ đóng góp quỹ tháng 11',
      source: 'Công an tỉnh',
    });
    expect(toFundEntryInput(entry({ kind: 'EXPENSE', source: 'ai đó', amount: '1 500 000' }))).toMatchObject({
      kind: 'EXPENSE',
      amount: 1_500_000,
      source: undefined,
    });
    expect(toFundEntryInput(entry({ source: '  ' })).source).toBeUndefined();
  });
});

describe('balance', () => {
  it('warns of an expense above the known balance, only for expenses', () => {
    expect(exceedsBalance(entry({ kind: 'EXPENSE', amount: '300.000' }), 200_000)).toBe(true);
    expect(exceedsBalance(entry({ kind: 'EXPENSE', amount: '200.000' }), 200_000)).toBe(false);
    expect(exceedsBalance(entry({ kind: 'CONTRIBUTION', amount: '300.000' }), 200_000)).toBe(false);
    expect(exceedsBalance(entry({ kind: 'EXPENSE', amount: '300.000' }), undefined)).toBe(false);
  });

  it('counts expenses down', () => {
    expect(signedAmount({ kind: 'EXPENSE', amount: 50_000 })).toBe(-50_000);
    expect(signedAmount({ kind: 'SUPPORT', amount: 0 })).toBe(0);
    expect(signedAmount({ kind: 'CONTRIBUTION', amount: 70_000 })).toBe(70_000);
  });
});
