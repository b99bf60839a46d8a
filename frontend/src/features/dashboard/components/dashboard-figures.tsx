import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../../components/figure-card';
import { formatDate } from '../../../lib/dates';
import type { Dashboard, DashboardFigures } from '../api/get-dashboard';
import { CHANGE_ARROWS, changeOf, formatChangeAmount, formatFigure } from '../utils/change';
import type { FigureField, FigureKind } from '../utils/indicators';

type CardKey =
  | 'groups' | 'coverage' | 'memberHouseholds' | 'tips' | 'arrests' | 'mediation' | 'meetings' | 'peopleFollowed'
  | 'groupsGood' | 'cultural' | 'communes' | 'keyAreas' | 'recognitions' | 'fundBalance';

interface Card {
  key: CardKey;
  /** The figure the card shows and compares with the period before. */
  field: FigureField;
  kind: FigureKind;
}

/** The headline cards, in the order the province reads them. */
export const CARDS: readonly Card[] = [
  { key: 'groups', field: 'groups', kind: 'count' },
  { key: 'coverage', field: 'coveragePercent', kind: 'percent' },
  { key: 'memberHouseholds', field: 'memberHouseholds', kind: 'count' },
  { key: 'tips', field: 'tips', kind: 'count' },
  { key: 'arrests', field: 'arrestsOrCases', kind: 'count' },
  { key: 'mediation', field: 'mediationSuccessPercent', kind: 'percent' },
  { key: 'meetings', field: 'meetings', kind: 'count' },
  { key: 'peopleFollowed', field: 'peopleFollowed', kind: 'count' },
  { key: 'groupsGood', field: 'groupsRatedGoodPercent', kind: 'percent' },
  { key: 'cultural', field: 'culturalFamiliesPercent', kind: 'percent' },
  { key: 'communes', field: 'communesMeetingStandardPercent', kind: 'percent' },
  { key: 'keyAreas', field: 'keyAreasTransformed', kind: 'count' },
  { key: 'recognitions', field: 'recognitions', kind: 'count' },
  { key: 'fundBalance', field: 'fundBalance', kind: 'money' },
];

/** Each headline figure with what it is made of and its change from the period before. */
export function DashboardFigureCards({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const now: DashboardFigures = dashboard.figures ?? {};
  const before: DashboardFigures = dashboard.previous ?? {};
  const n = (value?: number | null) => formatFigure(value, 'count', i18n.language);
  const date = (value?: string) => (value ? formatDate(value, i18n.language) : '');

  const details: Partial<Record<CardKey, string>> = {
    coverage: t('dashboard.detail.coverage', { part: n(now.hamletsWithGroups), whole: n(now.hamlets) }),
    memberHouseholds: t('dashboard.detail.memberHouseholds', { whole: n(now.households) }),
    mediation: t('dashboard.detail.mediation', {
      reconciled: n(now.mediationsReconciled), closed: n(now.mediationsClosed), received: n(now.mediationsReceived),
    }),
    meetings: t('dashboard.detail.overdue', { count: now.overdueGroups ?? 0 }),
    groupsGood: t('dashboard.detail.groupsGood', { part: n(now.groupsRatedGood), whole: n(now.groupsRated) }),
    cultural: t('dashboard.detail.cultural', { part: n(now.culturalFamilies), whole: n(now.householdsRated) }),
    communes: t('dashboard.detail.communes', { part: n(now.communesMeetingStandard), whole: n(now.communesAssessed) }),
  };

  return (
    <section className="card" aria-labelledby="dashboard-figures">
      <h2 id="dashboard-figures">{t('dashboard.figures')}</h2>
      <dl className="figure-cards dashboard-cards">
        {CARDS.map(({ key, field, kind }) => {
          const value = now[field];
          const previous = formatFigure(before[field], kind, i18n.language);
          const change = changeOf(value, before[field], kind);
          const amount =
            change && formatChangeAmount(change, kind, i18n.language) + (kind === 'percent' ? ` ${t('dashboard.change.points')}` : '');
          return (
            <FigureCard
              key={key}
              label={t(`dashboard.card.${key}`)}
              title={t('dashboard.change.title', { from: date(dashboard.previousFrom), to: date(dashboard.previousTo), value: previous })}
              note={
                <>
                  {key === 'keyAreas' ? (
                    <span className="figure-detail">{t('dashboard.detail.keyAreas', { whole: n(now.keyAreas) })}</span>
                  ) : (
                    details[key] && <span className="figure-detail">{details[key]}</span>
                  )}
                  <span className={`figure-change figure-change-${change?.direction ?? 'none'}`}>
                    {!change ? (
                      t('dashboard.change.none')
                    ) : change.direction === 'same' ? (
                      t('dashboard.change.same')
                    ) : (
                      <>
                        <span aria-hidden="true">
                          {CHANGE_ARROWS[change.direction]} {amount}
                        </span>
                        <span className="visually-hidden">{t(`dashboard.change.${change.direction}`, { amount })}</span>
                      </>
                    )}{' '}
                    <span className="muted">({t('dashboard.change.previous', { value: previous })})</span>
                  </span>
                </>
              }
            >
              <span className={kind === 'money' ? 'figure-money' : undefined}>{formatFigure(value, kind, i18n.language)}</span>
              {key === 'keyAreas' && <span className="figure-whole">/{n(now.keyAreas)}</span>}
            </FigureCard>
          );
        })}
      </dl>
    </section>
  );
}
