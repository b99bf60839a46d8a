import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../components/query-status';
import { recentYears, YearField } from '../../../components/year-field';
import { formatDateTime } from '../../../lib/dates';
import { useGroupRatings, useRatingScale, type GroupRating } from '../api/group-ratings';
import { GroupRatingForm } from './group-rating-form';
import { RatingBadge } from './rating-badge';

interface GroupRef {
  id: number;
  name: string;
  foundedOn?: string | null;
}

/** On a group's page: its rating of each year, newest first; officers rate it. */
export function GroupRatingsSection({ group, canRate }: { group: GroupRef; canRate: boolean }) {
  const { t, i18n } = useTranslation();
  const ratings = useGroupRatings(group.id);
  const scale = useRatingScale();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [saved, setSaved] = useState<GroupRating>();
  const foundedYear = group.foundedOn ? Number(group.foundedOn.slice(0, 4)) : undefined;
  const items = ratings.data ?? [];
  const levels = scale.data?.levels?.length;
  const titleId = `group-ratings-${group.id}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('groupRating.title')}</h2>
      {saved && (
        <p className="banner banner-success" role="status">
          {t('groupRating.saved', { year: saved.year, rating: saved.rating })}
        </p>
      )}
      <QueryStatus isPending={ratings.isPending} isError={ratings.isError} onRetry={() => void ratings.refetch()} />
      {ratings.isSuccess &&
        (items.length === 0 ? (
          <p className="status">{t('groupRating.none')}</p>
        ) : (
          <ul className="item-list" aria-label={t('groupRating.list')}>
            {items.map((rating) => (
              <li key={rating.year} className="item">
                <span className="item-title">
                  {t('groupRating.yearTitle', { year: rating.year })} <RatingBadge rating={rating} levels={levels} />
                </span>
                <span className="item-meta">
                  {scale.data && t('groupRating.criteriaCount', { met: rating.criteriaMet?.length ?? 0, all: scale.data.criteria?.length ?? 0 })}
                  {scale.data && (rating.criteriaMet?.length ?? 0) > 0 && ': '}
                  {(rating.criteriaMet ?? []).map((criterion) => t(`groupCriterion.${criterion}`)).join(', ')}
                </span>
                {rating.note && <p className="notes">{rating.note}</p>}
                {rating.ratedBy && rating.ratedAt && (
                  <span className="item-meta">{t('groupRating.ratedBy', { user: rating.ratedBy, time: formatDateTime(rating.ratedAt, i18n.language) })}</span>
                )}
              </li>
            ))}
          </ul>
        ))}
      {canRate &&
        (open && !scale.isSuccess ? (
          <QueryStatus isPending={scale.isPending} isError={scale.isError} onRetry={() => void scale.refetch()} />
        ) : open && scale.isSuccess ? (
          <div className="subsection">
            <h3>{t('groupRating.formTitle', { group: group.name })}</h3>
            <YearField label={t('groupRating.year')} value={year} years={recentYears(10, foundedYear)} onChange={setYear} />
            <GroupRatingForm
              key={year}
              groupId={group.id}
              year={year}
              scale={scale.data}
              current={items.find((rating) => rating.year === year)}
              onSaved={(rating) => {
                setSaved(rating);
                setOpen(false);
              }}
              onCancel={() => setOpen(false)}
            />
          </div>
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(undefined);
                setOpen(true);
              }}
            >
              {t('groupRating.rate')}
            </button>
          </div>
        ))}
    </section>
  );
}
