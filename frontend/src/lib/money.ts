/**
 * Amounts of Vietnamese đồng: written "1.500.000 ₫" in Vietnamese ("₫1,500,000" in English), typed by people
 * as "1500000", "1.500.000" or "1 500 000". The đồng has no smaller unit.
 */
const locale = (language: string) => (language === 'vi' ? 'vi-VN' : 'en-GB');

export function formatDong(value: number | undefined, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(
    value ?? 0,
  );
}

/** The largest amount the API accepts for one fund entry (a thousand billion đồng). */
export const MAX_AMOUNT = 1_000_000_000_000;

/**
 * What a person typed as an amount of đồng, or undefined when it is not a whole amount: thousands may be
 * grouped with dots, commas or spaces (every group after the first of three digits); "đ", "₫" or "VND" may follow.
 */
export function parseDong(text: string): number | undefined {
  const bare = text
    .trim()
    .replace(/\s*(đồng|đ|₫|vnd)$/i, '')
    .trim();
  if (!/^\d{1,3}([.,\s]\d{3})*$|^\d+$/.test(bare)) return undefined;
  const value = Number(bare.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}
