import { parseMoney } from '../../../lib/numbers';
import type { FundEntry, FundEntryInput, FundKind } from '../api/group-fund';

/** The largest amount the API takes for one entry: a thousand billion đồng. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** The add-entry form as typed. */
export interface FundEntryValues {
  kind: FundKind;
  entryOn: string;
  amount: string;
  description: string;
  source: string;
}

export type FundEntryField = 'kind' | 'entryOn' | 'amount' | 'description' | 'source';

/** Keys under "fund." of the messages the form shows next to a field. */
export type FundEntryMessage = 'required' | 'amountInvalid' | 'amountZero' | 'amountTooLarge' | 'dateFuture' | 'dateBeforeFounding';

export const FUND_ENTRY_FIELDS: readonly string[] = ['kind', 'entryOn', 'amount', 'description', 'source'];

export function emptyFundEntry(entryOn: string, kind: FundKind = 'CONTRIBUTION'): FundEntryValues {
  return { kind, entryOn, amount: '', description: '', source: '' };
}

/** Who gave it matters for what comes in; an expense has no source. */
export const hasSource = (kind: FundKind) => kind !== 'EXPENSE';

/**
 * What is wrong with the form before it is sent: required fields, a whole amount above 0 (0 only for support
 * in kind), a date neither in the future nor before the group's founding. ISO dates compare as text.
 */
export function checkFundEntry(
  values: FundEntryValues,
  limits: { today: string; foundedOn?: string | null },
): Partial<Record<FundEntryField, FundEntryMessage>> {
  const errors: Partial<Record<FundEntryField, FundEntryMessage>> = {};
  if (!values.entryOn) errors.entryOn = 'required';
  else if (values.entryOn > limits.today) errors.entryOn = 'dateFuture';
  else if (limits.foundedOn && values.entryOn < limits.foundedOn) errors.entryOn = 'dateBeforeFounding';
  const amount = parseMoney(values.amount);
  if (!values.amount.trim()) errors.amount = 'required';
  else if (amount === undefined) errors.amount = 'amountInvalid';
  else if (amount > MAX_AMOUNT) errors.amount = 'amountTooLarge';
  else if (amount === 0 && values.kind !== 'SUPPORT') errors.amount = 'amountZero';
  if (!values.description.trim()) errors.description = 'required';
  return errors;
}

/** The request for a checked form. */
export function toFundEntryInput(values: FundEntryValues): FundEntryInput {
  const source = values.source.trim();
  return {
    kind: values.kind,
    entryOn: values.entryOn,
    amount: parseMoney(values.amount)!,
    description: values.description.trim(),
    source: hasSource(values.kind) && source ? source : undefined,
  };
}

/** An expense the balance known to the form cannot cover (the server has the last word). */
export function exceedsBalance(values: FundEntryValues, balance: number | undefined): boolean {
  const amount = parseMoney(values.amount);
  return values.kind === 'EXPENSE' && balance !== undefined && amount !== undefined && amount > balance;
}

/** The entry's effect on the balance: expenses count down. */
export const signedAmount = (entry: FundEntry) => (entry.kind === 'EXPENSE' ? -(entry.amount ?? 0) : entry.amount ?? 0);
