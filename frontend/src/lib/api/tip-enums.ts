import type { components } from './schema';

/** The values of the contract's tip enums in the order the app shows them (the generated types have no lists). */
export type TipCategory = components['schemas']['TipCategory'];
export type TipStatus = components['schemas']['TipStatus'];
export type TipOutcome = components['schemas']['TipOutcome'];

export const TIP_CATEGORIES: TipCategory[] = [
  'DRUGS',
  'THEFT_ROBBERY',
  'GAMBLING',
  'FIGHTING_DISORDER',
  'SUSPICIOUS_PEOPLE',
  'WEAPONS_EXPLOSIVES',
  'DOMESTIC_VIOLENCE',
  'HUMAN_TRAFFICKING',
  'ILLEGAL_BORDER_CROSSING',
  'FRAUD_ONLINE_SCAM',
  'TRAFFIC',
  'FIRE',
  'OTHER',
];
export const TIP_STATUSES: TipStatus[] = ['NEW', 'VERIFYING', 'ACTIONED', 'CLOSED'];
export const TIP_OUTCOMES: TipOutcome[] = ['CONFIRMED', 'UNFOUNDED', 'DUPLICATE', 'PRANK'];
