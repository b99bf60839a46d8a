/** How far along something is, as a whole percentage 0–100 (0 while the whole is unknown). */
export function progressPercent(done: number | undefined, whole: number | undefined): number {
  if (!whole || whole <= 0 || !done || done <= 0) return 0;
  return Math.min(100, Math.floor((done / whole) * 100));
}

/** The number locale of a page language: Vietnamese writes 1.234,5, British English 1,234.5. */
export const numberLocale = (language: string) => (language === 'vi' ? 'vi-VN' : 'en-GB');
const locale = numberLocale;

export function formatNumber(value: number | undefined, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value ?? 0);
}

/** A percentage already scaled 0–100, with at most one decimal: "45,5 %" in Vietnamese, "45.5%" in English. */
export function formatPercent(value: number | undefined, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    (value ?? 0) / 100,
  );
}

/** An amount of đồng: "12.500.000 ₫" in Vietnamese, "₫12,500,000" in English. */
export function formatMoney(value: number | undefined, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'VND' }).format(value ?? 0);
}

/**
 * An amount of đồng as people type it ("1500000", "1.500.000", "1 500 000", "200.000đ"), or undefined when it is
 * not a whole amount: thousands may be grouped with dots, commas or spaces (every group after the first of three
 * digits); "đ", "₫", "đồng" or "VND" may follow. The đồng has no smaller unit.
 */
export function parseMoney(text: string): number | undefined {
  const bare = text
    .trim()
    .replace(/\s*(đồng|đ|₫|vnd)$/i, '')
    .trim();
  if (!/^\d{1,3}([.,\s]\d{3})*$|^\d+$/.test(bare)) return undefined;
  const value = Number(bare.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}
