import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { usePatrols } from '../api/patrols';

/** On a hamlet's page: record a patrol or a propaganda session; the latest patrols. */
export function HamletActivitiesSection({ hamletId, canWrite }: { hamletId: number; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const patrols = usePatrols(hamletId);
  const items = patrols.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  return (
    <section className="card" aria-labelledby={`hamlet-activities-${hamletId}`}>
      <h2 id={`hamlet-activities-${hamletId}`}>{t('patrol.title')}</h2>
      {canWrite && (
        <div className="actions">
          <Link to={`/units/${hamletId}/patrols/new`} className="button">
            {t('patrol.record')}
          </Link>
          <Link to={`/units/${hamletId}/propaganda-sessions/new`} className="button button-quiet">
            {t('propaganda.record')}
          </Link>
        </div>
      )}
      {items.length === 0 ? (
        <p className="status">{t('patrol.none')}</p>
      ) : (
        <ul className="item-list" aria-label={t('patrol.list')}>
          {items.slice(0, 5).map((patrol) => (
            <li key={patrol.id} className="item">
              <span className="item-title">{formatDateTime(patrol.startedAt!, i18n.language)}</span>
              <span className="item-meta">{[patrol.groupName, patrol.area, patrol.participants].filter(Boolean).join(' · ')}</span>
              {patrol.observations && <p className="notes">{patrol.observations}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
