import type { GroupRating } from '../api/group-ratings';

/** A group's rating for a year: green at a good-or-better level, red at the lowest, neutral between. */
export function RatingBadge({ rating, levels }: { rating: GroupRating; levels?: number }) {
  const tone = rating.goodOrBetter ? 'good' : levels && rating.rank === levels ? 'weak' : 'middle';
  return <span className={`badge badge-rating-${tone}`}>{rating.rating}</span>;
}
