/** How far along something is, as a whole percentage 0–100 (0 while the whole is unknown). */
export function progressPercent(done: number | undefined, whole: number | undefined): number {
  if (!whole || whole <= 0 || !done || done <= 0) return 0;
  return Math.min(100, Math.floor((done / whole) * 100));
}

const locale = (language: string) => (language === 'vi' ? 'vi-VN' : 'en-GB');

export function formatNumber(value: number | undefined, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value ?? 0);
}

/** A percentage already scaled 0–100, with at most one decimal: "45,5 %" in Vietnamese, "45.5%" in English. */
export function formatPercent(value: number | undefined, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    (value ?? 0) / 100,
  );
}
