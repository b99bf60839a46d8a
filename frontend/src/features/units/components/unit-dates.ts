import type { Unit } from '../api/paging';

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** validTo is the last day of validity, so a unit is retired from the day after. */
export function isRetired(unit: Unit, on = today()): boolean {
  return !!unit.validTo && unit.validTo < on;
}

export function formatDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
