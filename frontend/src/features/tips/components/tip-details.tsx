import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { TipDetail } from '../api/get-tip';

/** What was reported and where the tip stands. The informant is never in it: only whether there is one. */
export function TipDetails({ tip }: { tip: TipDetail }) {
  const { t, i18n } = useTranslation();
  const summary = tip.summary!;
  const when = (value?: string) => (value ? formatDateTime(value, i18n.language) : t('common.unknown'));
  return (
    <>
      <p className="notes tip-description">{tip.description}</p>
      <dl className="facts">
        <div>
          <dt>{t('tip.category')}</dt>
          <dd>{t(`tipCategory.${summary.category!}`)}</dd>
        </div>
        <div>
          <dt>{t('tip.occurredAt')}</dt>
          <dd>{when(summary.occurredAt)}</dd>
        </div>
        <div>
          <dt>{t('tip.hamlet')}</dt>
          <dd>{summary.hamletName}</dd>
        </div>
        {tip.locationText && (
          <div>
            <dt>{t('tip.location')}</dt>
            <dd>{tip.locationText}</dd>
          </div>
        )}
        {tip.latitude != null && tip.longitude != null && (
          <div>
            <dt>{t('tip.coordinates')}</dt>
            <dd>
              {tip.latitude}, {tip.longitude}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('tip.source')}</dt>
          <dd>{t(`tipSource.${summary.source!}`)}</dd>
        </div>
        <div>
          <dt>{t('tip.receivedAt')}</dt>
          <dd>{when(summary.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('tip.primaryUnit')}</dt>
          <dd>{summary.primaryUnitName}</dd>
        </div>
        <div>
          <dt>{t('tip.assignee')}</dt>
          <dd>{summary.assignee ?? t('tip.notAssigned')}</dd>
        </div>
        {summary.outcome && (
          <div>
            <dt>{t('tip.outcome')}</dt>
            <dd>
              {t(`tipOutcome.${summary.outcome}`)}
              {tip.duplicateOfId != null && ` · ${t('tip.duplicateOf', { id: tip.duplicateOfId })}`}
            </dd>
          </div>
        )}
        {(summary.status === 'ACTIONED' || summary.status === 'CLOSED') && (
          <>
            <div>
              <dt>{t('tip.arrestsOrCases')}</dt>
              <dd>{tip.arrestsOrCases ?? 0}</dd>
            </div>
            {tip.propertyRecovered && (
              <div>
                <dt>{t('tip.propertyRecovered')}</dt>
                <dd>{tip.propertyRecovered}</dd>
              </div>
            )}
            {tip.handedToAgency && (
              <div>
                <dt>{t('tip.handedToAgency')}</dt>
                <dd>{tip.handedToAgency}</dd>
              </div>
            )}
          </>
        )}
      </dl>
    </>
  );
}
