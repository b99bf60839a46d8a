import { describe, expect, it } from 'vitest';
import { vi } from '../../../lib/i18n/vi';
import report from '../../../../../backend/src/main/java/vn/lgtq/dashboard/DashboardReport.java?raw';
import { INDICATORS } from './indicators';

/** The rows of the Excel report's "Tổng hợp" sheet, read from the backend's source. */
function reportIndicators() {
  const rows = [...report.matchAll(/Indicator\.(count|percent)\("([^"]+)",\s*Figures::(\w+)\)/g)];
  return rows.map(([, kind, label, field]) => ({ field, percent: kind === 'percent', label }));
}

describe('the headline figures', () => {
  it('have the Excel report’s order, wording and kind', () => {
    const expected = reportIndicators();
    expect(expected.length).toBeGreaterThan(25);
    expect(
      INDICATORS.map(({ field, kind }) => ({ field, percent: kind === 'percent', label: vi.dashboard.indicator[field] })),
    ).toEqual(expected);
  });
});
