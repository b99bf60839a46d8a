import { registerMap } from 'echarts/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryStatus } from '../../../components/query-status';
import { useCommuneMap } from '../api/get-commune-map';
import type { DashboardRow } from '../api/get-dashboard';
import { formatFigure } from '../utils/change';
import type { FigureKind, IndicatorField } from '../utils/indicators';
import { joinByCode, scaleMax, type MapItem } from '../utils/map-data';
import { EChart, type ChartOption } from './echart';

/** The figures a map can be coloured by; labels are the report's indicator labels. */
const MAP_FIGURES = [
  { field: 'tips', kind: 'count' },
  { field: 'arrestsOrCases', kind: 'count' },
  { field: 'coveragePercent', kind: 'percent' },
  { field: 'groups', kind: 'count' },
  { field: 'memberHouseholds', kind: 'count' },
  { field: 'mediationSuccessPercent', kind: 'percent' },
  { field: 'meetings', kind: 'count' },
  { field: 'overdueGroups', kind: 'count' },
  { field: 'groupsRatedGoodPercent', kind: 'percent' },
  { field: 'culturalFamiliesPercent', kind: 'percent' },
  { field: 'communesMeetingStandardPercent', kind: 'percent' },
  { field: 'fundBalance', kind: 'money' },
] as const satisfies readonly { field: IndicatorField; kind: FigureKind }[];

type MapField = (typeof MAP_FIGURES)[number]['field'];

interface CommuneMapProps {
  /** The unit whose communes are shown (names the registered map). */
  unitId: number;
  communes: readonly DashboardRow[];
  unitSearch: (unitId: number) => string;
}

/**
 * The current communes of a province or district coloured by a chosen figure; a click opens a commune's
 * dashboard. The boundaries are fetched when the map is first shown.
 */
export function CommuneMap({ unitId, communes, unitSearch }: CommuneMapProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [field, setField] = useState<MapField>('tips');
  const boundaries = useCommuneMap(true);
  const kind = MAP_FIGURES.find((figure) => figure.field === field)!.kind;
  const figureLabel = t(`dashboard.indicator.${field}`);

  // The shapes depend on the communes only: registered again when they change, not when the figure does.
  const mapName = useMemo(() => {
    if (!boundaries.data) return undefined;
    const name = `lgtq-communes-${unitId}-${communes.length}`;
    const shapes = joinByCode(boundaries.data, communes, 'tips').map;
    if (shapes.features.length === 0) return undefined;
    registerMap(name, shapes as Parameters<typeof registerMap>[1]);
    return name;
  }, [boundaries.data, communes, unitId]);

  const joined = useMemo(
    () => (boundaries.data ? joinByCode(boundaries.data, communes, field) : undefined),
    [boundaries.data, communes, field],
  );

  const option = useMemo((): ChartOption | undefined => {
    if (!mapName || !joined) return undefined;
    const language = i18n.language;
    const format = (value: number | null | undefined) => formatFigure(value, kind, language);
    const max = scaleMax(joined.items, kind === 'percent');
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = (params as { data?: MapItem }).data;
          if (!item) return '';
          return `${item.unitName}<br/>${figureLabel}: <b>${item.value == null ? t('dashboard.map.noValue') : format(item.value)}</b>`;
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max,
        left: 8,
        bottom: 8,
        calculable: false,
        text: [format(max), format(0)],
        inRange: { color: ['#fdf0ee', '#e49a8f', '#8b1a1a'] },
      },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          // degrees of longitude are shorter than of latitude: cos 21.3° (Sơn La) ≈ 0.93
          aspectScale: 0.93,
          top: 16,
          bottom: 16,
          roam: true,
          scaleLimit: { min: 1, max: 8 },
          data: joined.items.map((item) => ({ ...item, value: item.value ?? NaN })),
          itemStyle: { areaColor: '#ececf0', borderColor: '#8e8e99', borderWidth: 0.5 },
          emphasis: {
            label: { show: true, formatter: (params) => (params.data as MapItem | undefined)?.unitName ?? '' },
            itemStyle: { areaColor: '#f6c343' },
          },
          select: { disabled: true },
        },
      ],
    };
  }, [mapName, joined, kind, figureLabel, i18n.language, t]);

  return (
    <section className="card" aria-labelledby="dashboard-map">
      <h2 id="dashboard-map">{t('dashboard.map.title')}</h2>
      <div className="field map-figure">
        <label htmlFor="dashboard-map-figure">{t('dashboard.map.figure')}</label>
        <select id="dashboard-map-figure" value={field} onChange={(event) => setField(event.target.value as MapField)}>
          {MAP_FIGURES.map((figure) => (
            <option key={figure.field} value={figure.field}>
              {t(`dashboard.indicator.${figure.field}`)}
            </option>
          ))}
        </select>
      </div>
      {boundaries.isError ? (
        <p className="status status-error">{t('dashboard.map.loadFailed')}</p>
      ) : !option ? (
        <QueryStatus isPending={boundaries.isPending} isError={false} />
      ) : (
        <>
          <EChart
            option={option}
            label={t('dashboard.map.label', { figure: figureLabel })}
            height={560}
            onClick={(event) => {
              const item = event.data as MapItem | undefined;
              if (item?.unitId) navigate(unitSearch(item.unitId));
            }}
          />
          <p className="hint">{t('dashboard.map.hint')}</p>
        </>
      )}
      {joined && joined.unmapped.length > 0 && (
        <p className="hint">{t('dashboard.map.unmapped', { units: joined.unmapped.map((row) => row.unit?.name).join(', ') })}</p>
      )}
      <p className="hint map-source">{t('dashboard.map.source')}</p>
    </section>
  );
}
