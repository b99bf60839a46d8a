/**
 * The dashboard's reporting period: presets and the period written in the URL (`from`, `to` as YYYY-MM-DD).
 * Dates are calendar days compared as strings; no time zone is involved.
 */
export interface Period {
  from: string;
  to: string;
}

/**
 * This year so far; the whole of last year; the 12 calendar months up to today (from the 1st of the month
 * 11 months back); the last 5 and 10 calendar years (from 1 January of the year 4 or 9 years back), so that
 * every year of the yearly evaluations is whole.
 */
export const PERIOD_PRESETS = ['thisYear', 'lastYear', 'last12Months', 'last5Years', 'last10Years'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The longest period the server accepts, in years. */
export const MAX_YEARS = 20;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a real calendar date, or undefined. */
function parts(date: string): [number, number, number] | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? [year, month, day]
    : undefined;
}

export const isIsoDate = (value: string | null | undefined): value is string => !!value && parts(value) !== undefined;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [year, month] = parts(today)!;
  switch (preset) {
    case 'thisYear':
      return { from: iso(year, 1, 1), to: today };
    case 'lastYear':
      return { from: iso(year - 1, 1, 1), to: iso(year - 1, 12, 31) };
    case 'last12Months': {
      const first = new Date(Date.UTC(year, month - 1 - 11, 1));
      return { from: iso(first.getUTCFullYear(), first.getUTCMonth() + 1, 1), to: today };
    }
    case 'last5Years':
      return { from: iso(year - 4, 1, 1), to: today };
    case 'last10Years':
      return { from: iso(year - 9, 1, 1), to: today };
  }
}

/** The preset that gives exactly this period today, or 'custom'. */
export function presetOf(period: Period, today: string): PeriodPreset | 'custom' {
  return (
    PERIOD_PRESETS.find((preset) => {
      const candidate = presetPeriod(preset, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? 'custom'
  );
}

export type PeriodProblem = 'invalid' | 'order' | 'tooLong';

/** What the server would refuse about the period (it checks the same), or undefined. */
export function periodProblem({ from, to }: Period): PeriodProblem | undefined {
  const start = parts(from);
  const end = parts(to);
  if (!start || !end) return 'invalid';
  if (to < from) return 'order';
  // as java.time's minusYears: 29 February becomes the 28th in a year that has none
  const day = iso(end[0] - MAX_YEARS, end[1], end[2]);
  const earliest = isIsoDate(day) ? day : iso(end[0] - MAX_YEARS, end[1], end[2] - 1);
  return from < earliest ? 'tooLong' : undefined;
}

/**
 * The period of the URL: both days when given and valid; a missing or broken `from` is 1 January of the
 * year of `to` (as the server does), a missing or broken `to` is today.
 */
export function periodOfParams(params: URLSearchParams, today: string): Period {
  const to = isIsoDate(params.get('to')) ? params.get('to')! : today;
  const from = isIsoDate(params.get('from')) ? params.get('from')! : `${to.slice(0, 4)}-01-01`;
  return { from, to };
}
