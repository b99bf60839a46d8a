import type { DashboardFigures } from '../api/get-dashboard';

/** How a figure is written: a count, a percentage (0–100, one decimal) or an amount of đồng. */
export type FigureKind = 'count' | 'percent' | 'money';

export type FigureField = keyof DashboardFigures;

/**
 * The report's headline figures in the order and with the wording of the Excel report's "Tổng hợp" sheet
 * (backend DashboardReport.INDICATORS; a test keeps the two the same). Labels: `dashboard.indicator.<field>`.
 */
export const INDICATORS = [
  { field: 'hamlets', kind: 'count' },
  { field: 'hamletsWithGroups', kind: 'count' },
  { field: 'coveragePercent', kind: 'percent' },
  { field: 'groups', kind: 'count' },
  { field: 'households', kind: 'count' },
  { field: 'memberHouseholds', kind: 'count' },
  { field: 'tips', kind: 'count' },
  { field: 'arrestsOrCases', kind: 'count' },
  { field: 'mediationsReceived', kind: 'count' },
  { field: 'mediationsClosed', kind: 'count' },
  { field: 'mediationsReconciled', kind: 'count' },
  { field: 'mediationSuccessPercent', kind: 'percent' },
  { field: 'meetings', kind: 'count' },
  { field: 'overdueGroups', kind: 'count' },
  { field: 'peopleFollowed', kind: 'count' },
  { field: 'groupsRated', kind: 'count' },
  { field: 'groupsRatedGood', kind: 'count' },
  { field: 'groupsRatedGoodPercent', kind: 'percent' },
  { field: 'householdsRated', kind: 'count' },
  { field: 'culturalFamilies', kind: 'count' },
  { field: 'culturalFamiliesPercent', kind: 'percent' },
  { field: 'communesAssessed', kind: 'count' },
  { field: 'communesMeetingStandard', kind: 'count' },
  { field: 'communesMeetingStandardPercent', kind: 'percent' },
  { field: 'keyAreas', kind: 'count' },
  { field: 'keyAreasTransformed', kind: 'count' },
  { field: 'recognitions', kind: 'count' },
  { field: 'fundContributions', kind: 'money' },
  { field: 'fundSupport', kind: 'money' },
  { field: 'fundExpenses', kind: 'money' },
  { field: 'fundBalance', kind: 'money' },
] as const satisfies readonly { field: FigureField; kind: FigureKind }[];

export type IndicatorField = (typeof INDICATORS)[number]['field'];
