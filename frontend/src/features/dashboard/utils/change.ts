import { formatMoney, formatNumber, formatPercent, numberLocale } from '../../../lib/numbers';
import type { FigureKind } from './indicators';

export interface Change {
  direction: 'up' | 'down' | 'same';
  /** How much, always 0 or more. */
  amount: number;
}

/**
 * The change from the period before: counts and money by whole numbers, percentages by points rounded to
 * one decimal as the Excel report does. None when either side has no value (a percentage of nothing).
 */
export function changeOf(now: number | null | undefined, before: number | null | undefined, kind: FigureKind): Change | undefined {
  if (now == null || before == null) return undefined;
  const difference = kind === 'percent' ? Math.round((now - before) * 10) / 10 : now - before;
  if (difference === 0) return { direction: 'same', amount: 0 };
  return { direction: difference > 0 ? 'up' : 'down', amount: Math.abs(difference) };
}

/** A figure as the dashboard writes it: "1.234", "45,5 %", "12.500.000 ₫"; none is "—". */
export function formatFigure(value: number | null | undefined, kind: FigureKind, language: string): string {
  if (value == null) return '—';
  switch (kind) {
    case 'count':
      return formatNumber(value, language);
    case 'percent':
      return formatPercent(value, language);
    case 'money':
      return formatMoney(value, language);
  }
}

/** How much it changed: "3", "2,5" (points, for a percentage), "1.500.000 ₫". */
export function formatChangeAmount(change: Change, kind: FigureKind, language: string): string {
  return kind === 'percent'
    ? new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 }).format(change.amount)
    : formatFigure(change.amount, kind, language);
}

export const CHANGE_ARROWS = { up: '▲', down: '▼', same: '=' } as const;

/** "▲ 3", "▼ 2,5" (points, for a percentage), "▲ 1.500.000 ₫"; no change is "=". */
export function formatChange(change: Change, kind: FigureKind, language: string): string {
  if (change.direction === 'same') return CHANGE_ARROWS.same;
  return `${CHANGE_ARROWS[change.direction]} ${formatChangeAmount(change, kind, language)}`;
}

/** The change as a signed number for the printed table, like the Excel report's "Thay đổi": "+3", "−2,5". */
export function formatSignedChange(change: Change, kind: FigureKind, language: string): string {
  if (change.direction === 'same') return '0';
  const amount = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: kind === 'percent' ? 1 : 0 }).format(
    change.amount,
  );
  return `${change.direction === 'up' ? '+' : '−'}${amount}`;
}
