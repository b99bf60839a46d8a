import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TIP_CATEGORIES } from '../../../lib/api/tip-enums';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import type { Dashboard, MediationOutcome } from '../api/get-dashboard';
import { EChart, PALETTE, type ChartOption } from './echart';

const MEDIATION_OUTCOMES: MediationOutcome[] = ['RECONCILED', 'NOT_RECONCILED', 'ESCALATED', 'WITHDRAWN'];

type Value = number | string | null | undefined | (number | string | null | undefined)[];
const first = (value: unknown): number | null => {
  const v = (Array.isArray(value) ? value[value.length - 1] : value) as Value;
  return typeof v === 'number' ? v : null;
};

function ChartCard({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="card chart-card">
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {empty ? <p className="status chart-empty">{t('dashboard.chart.empty')}</p> : children}
    </figure>
  );
}

/**
 * The trend by month, tips by category, mediation outcomes and the yearly evaluation rates. Options are
 * built once per dashboard and language, so nothing is redrawn while the user types a date.
 */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const charts = useMemo(() => {
    const count = (value: unknown) => formatNumber(first(value) ?? 0, language);
    const percent = (value: unknown) => (first(value) == null ? '—' : formatPercent(first(value)!, language));
    const monthly = dashboard.monthly ?? [];
    const yearly = dashboard.yearly ?? [];
    const monthLabel = (month?: string) => (month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '');
    const line = (name: string, values: (number | null | undefined)[]) => ({
      type: 'line' as const,
      name,
      data: values.map((value) => value ?? null),
      showSymbol: values.length <= 36,
      connectNulls: false,
    });

    const trend: ChartOption = {
      color: PALETTE,
      tooltip: { trigger: 'axis', valueFormatter: count },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: monthly.map((m) => monthLabel(m.month)), boundaryGap: false },
      // Meetings (every group every two months) outnumber the rest by far: they have their own axis, on the right.
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, language) } },
        {
          type: 'value',
          minInterval: 1,
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => formatNumber(v, language), color: PALETTE[2] },
        },
      ],
      series: [
        line(t('dashboard.chart.tips'), monthly.map((m) => m.tips)),
        line(t('dashboard.chart.arrests'), monthly.map((m) => m.arrestsOrCases)),
        { ...line(t('dashboard.chart.meetings'), monthly.map((m) => m.meetings)), yAxisIndex: 1 },
        line(t('dashboard.chart.mediationsClosed'), monthly.map((m) => m.mediationsClosed)),
        line(t('dashboard.chart.mediationsReconciled'), monthly.map((m) => m.mediationsReconciled)),
      ],
    };

    const categories = TIP_CATEGORIES.map((category) => ({
      name: t(`tipCategory.${category}`),
      value: dashboard.tipsByCategory?.[category] ?? 0,
    }));
    const byCategory: ChartOption = {
      color: [PALETTE[1]],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: count },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, language) } },
      yAxis: { type: 'category', inverse: true, data: categories.map((c) => c.name) },
      series: [
        {
          type: 'bar',
          name: t('dashboard.chart.tips'),
          data: categories.map((c) => c.value),
          label: { show: true, position: 'right', formatter: ({ value }) => count(value) },
        },
      ],
    };

    const outcomes = MEDIATION_OUTCOMES.map((outcome) => ({
      name: t(`mediationOutcome.${outcome}`),
      value: dashboard.mediationsByOutcome?.[outcome] ?? 0,
    }));
    const mediation: ChartOption = {
      color: [PALETTE[2], PALETTE[1], PALETTE[3], '#8e8e99'],
      tooltip: { trigger: 'item', valueFormatter: count },
      legend: { bottom: 0, formatter: (name: string) => `${name}: ${count(outcomes.find((o) => o.name === name)?.value)}` },
      series: [
        {
          type: 'pie',
          name: t('dashboard.chart.mediationOutcomes'),
          radius: ['38%', '70%'],
          center: ['50%', '42%'],
          data: outcomes.filter((o) => o.value > 0),
          // Shares inside the ring; names in the legend and counts in the tooltip (outer labels do not fit).
          label: { position: 'inside', formatter: ({ percent: share }) => formatPercent(share ?? 0, language), color: '#fff' },
        },
      ],
    };

    const rates: ChartOption = {
      color: [PALETTE[0], PALETTE[2], PALETTE[3]],
      tooltip: { trigger: 'axis', valueFormatter: percent },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: yearly.map((y) => String(y.year)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatPercent(v, language) } },
      series: [
        { ...line(t('dashboard.chart.groupsGood'), yearly.map((y) => y.groupsRatedGoodPercent)), showSymbol: true },
        { ...line(t('dashboard.chart.cultural'), yearly.map((y) => y.culturalFamiliesPercent)), showSymbol: true },
        { ...line(t('dashboard.chart.communes'), yearly.map((y) => y.communesMeetingStandardPercent)), showSymbol: true },
      ],
    };

    return {
      trend,
      trendEmpty: monthly.every((m) => !m.tips && !m.arrestsOrCases && !m.meetings && !m.mediationsClosed),
      byCategory,
      byCategoryEmpty: categories.every((c) => c.value === 0),
      mediation,
      mediationEmpty: outcomes.every((o) => o.value === 0),
      rates,
      ratesEmpty: yearly.every(
        (y) => y.groupsRatedGoodPercent == null && y.culturalFamiliesPercent == null && y.communesMeetingStandardPercent == null,
      ),
    };
  }, [dashboard, language, t]);

  return (
    <div className="dashboard-charts">
      <div className="chart-wide">
        <ChartCard title={t('dashboard.chart.monthly')} empty={charts.trendEmpty}>
          <EChart option={charts.trend} label={t('dashboard.chart.monthly')} height={300} />
        </ChartCard>
      </div>
      <ChartCard title={t('dashboard.chart.tipsByCategory')} empty={charts.byCategoryEmpty}>
        <EChart option={charts.byCategory} label={t('dashboard.chart.tipsByCategory')} height={340} />
      </ChartCard>
      <ChartCard title={t('dashboard.chart.mediationOutcomes')} empty={charts.mediationEmpty}>
        <EChart option={charts.mediation} label={t('dashboard.chart.mediationOutcomes')} height={340} />
      </ChartCard>
      <ChartCard title={t('dashboard.chart.yearly')} empty={charts.ratesEmpty}>
        <EChart option={charts.rates} label={t('dashboard.chart.yearly')} height={340} />
      </ChartCard>
    </div>
  );
}
