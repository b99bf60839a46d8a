import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FigureCard } from '../../../components/figure-card';
import { ModalDialog } from '../../../components/modal-dialog';
import { QueryStatus } from '../../../components/query-status';
import { recentYears, YearField } from '../../../components/year-field';
import { formatNumber, formatPercent } from '../../../lib/numbers';
import { useRatingScale, useUnitGroupRatings, type GroupRating, type GroupRatingScale, type UnitGroupRating } from '../api/group-ratings';
import { GroupRatingForm } from './group-rating-form';
import { RatingBadge } from './rating-badge';

/** On a unit's page: every active group below it with its rating for a year; officers rate each from the list. */
export function UnitGroupRatingsSection({ unitId, canRate }: { unitId: number; canRate: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const titleId = `unit-group-ratings-${unitId}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('groupRating.unitTitle')}</h2>
      <div className="section-controls">
        <YearField label={t('groupRating.unitYear')} value={year} years={recentYears()} onChange={setYear} />
      </div>
      <UnitGroupRatingsOfYear unitId={unitId} year={year} canRate={canRate} />
    </section>
  );
}

function UnitGroupRatingsOfYear({ unitId, year, canRate }: { unitId: number; year: number; canRate: boolean }) {
  const { t, i18n } = useTranslation();
  const ratings = useUnitGroupRatings(unitId, year);
  const scale = useRatingScale();
  const [rating, setRating] = useState<UnitGroupRating>();
  const [saved, setSaved] = useState<GroupRating>();
  if (!ratings.isSuccess) {
    return <QueryStatus isPending={ratings.isPending} isError={ratings.isError} onRetry={() => void ratings.refetch()} />;
  }
  const first = ratings.data.pages[0];
  const items = ratings.data.pages.flatMap((page) => page.items ?? []);
  const levels = scale.data?.levels ?? [];
  const good = levels.slice(0, scale.data?.goodOrBetterLevels ?? 0).join(', ');
  const rated = first?.rated ?? 0;
  const number = (value: number | undefined) => formatNumber(value, i18n.language);
  return (
    <>
      {saved && (
        <p className="banner banner-success" role="status">
          {t('groupRating.savedGroup', { group: saved.groupName, year: saved.year, rating: saved.rating })}
        </p>
      )}
      <dl className="figure-cards" aria-label={t('groupRating.unitTitle')}>
        <FigureCard label={t('groupRating.groups')}>{number(first?.total)}</FigureCard>
        <FigureCard label={t('groupRating.rated')}>{number(rated)}</FigureCard>
        <FigureCard label={t('groupRating.goodOrBetter', { levels: good })}>{number(first?.goodOrBetter)}</FigureCard>
        <FigureCard label={t('groupRating.goodOrBetterRate', { levels: good })}>
          {rated ? formatPercent(((first?.goodOrBetter ?? 0) / rated) * 100, i18n.language) : t('common.none')}
        </FigureCard>
      </dl>
      {items.length === 0 ? (
        <p className="status">{t('groupRating.unitNone')}</p>
      ) : (
        <ul className="item-list" aria-label={t('groupRating.unitTitle')}>
          {items.map((row) => (
            <li key={row.groupId} className="item row-item">
              <span className="row-main">
                <Link to={`/groups/${row.groupId}`} className="item-title">
                  {row.groupName}
                </Link>
                <span className="item-meta">
                  {row.rating ? <RatingBadge rating={row.rating} levels={levels.length} /> : <span className="badge badge-rating-none">{t('groupRating.notRated')}</span>}
                  {row.rating && scale.data && ` ${t('groupRating.criteriaCount', { met: row.rating.criteriaMet?.length ?? 0, all: scale.data.criteria?.length ?? 0 })}`}
                </span>
              </span>
              {canRate && (
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={t(row.rating ? 'groupRating.changeGroup' : 'groupRating.rateGroup', { group: row.groupName })}
                  disabled={!scale.isSuccess}
                  onClick={() => setRating(row)}
                >
                  {row.rating ? t('groupRating.changeButton') : t('groupRating.rateButton')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {ratings.hasNextPage && (
        <button type="button" className="button button-quiet button-wide" disabled={ratings.isFetchingNextPage} onClick={() => void ratings.fetchNextPage()}>
          {ratings.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
        </button>
      )}
      {rating && scale.data && (
        <RatingDialog
          row={items.find((item) => item.groupId === rating.groupId) ?? rating}
          year={year}
          scale={scale.data}
          onClose={() => setRating(undefined)}
          onSaved={(result) => {
            setSaved(result);
            setRating(undefined);
          }}
        />
      )}
    </>
  );
}

interface RatingDialogProps {
  row: UnitGroupRating;
  year: number;
  scale: GroupRatingScale;
  onClose: () => void;
  onSaved: (rating: GroupRating) => void;
}

function RatingDialog({ row, year, scale, onClose, onSaved }: RatingDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog labelledBy="rating-dialog-title" onClose={onClose}>
      <h2 id="rating-dialog-title">
        {t('groupRating.formTitle', { group: row.groupName })} · {year}
      </h2>
      <GroupRatingForm groupId={row.groupId!} year={year} scale={scale} current={row.rating ?? undefined} onSaved={onSaved} onCancel={onClose} />
    </ModalDialog>
  );
}
