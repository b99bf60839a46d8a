/**
 * Vietnamese phone numbers as the server reads them: mobile 0[35789]xxxxxxxx, landline 02xxxxxxxxx,
 * also written with +84 or 84; spaces, dots, dashes and brackets are ignored. Used for a hint while typing;
 * the server decides.
 */
const SEPARATORS = /[\s.\-()]/g;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/** The number in its national form (0xxxxxxxxx), or undefined when it is not a Vietnamese number. */
export function normalisePhone(input: string): string | undefined {
  let digits = input.trim().replace(SEPARATORS, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : undefined;
}

export type PhoneHint = { kind: 'none' } | { kind: 'normalised'; phone: string } | { kind: 'invalid' };

/** What to tell the user about the number being typed. */
export function phoneHint(input: string): PhoneHint {
  if (input.trim() === '') return { kind: 'none' };
  const phone = normalisePhone(input);
  if (!phone) return { kind: 'invalid' };
  return phone === input.trim() ? { kind: 'none' } : { kind: 'normalised', phone };
}
