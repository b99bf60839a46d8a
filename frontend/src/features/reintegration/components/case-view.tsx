import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/dates';
import type { ReintegrationCaseDetail } from '../api/get-reintegration-case';

/**
 * The case as the server sent it. A leader's reduced view has no category, history, birth year or citizen ID:
 * the server leaves them out of the JSON, so they are shown only when present.
 */
export function CaseView({ detail }: { detail: ReintegrationCaseDetail }) {
  const { t, i18n } = useTranslation();
  const date = (value?: string) => (value ? formatDate(value, i18n.language) : t('common.none'));
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('reintegration.status')}</dt>
          <dd>{t(`reintegrationStatus.${detail.status!}`)}</dd>
        </div>
        {detail.category && (
          <div>
            <dt>{t('reintegration.category')}</dt>
            <dd>{t(`reintegrationCategory.${detail.category}`)}</dd>
          </div>
        )}
        {detail.birthYear != null && (
          <div>
            <dt>{t('reintegration.birthYear')}</dt>
            <dd>{detail.birthYear}</dd>
          </div>
        )}
        {detail.citizenId && (
          <div>
            <dt>{t('reintegration.citizenId')}</dt>
            <dd>{detail.citizenId}</dd>
          </div>
        )}
        <div>
          <dt>{t('household.hamlet')}</dt>
          <dd>{detail.hamletName ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('reintegration.group')}</dt>
          <dd>{detail.groupName ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('reintegration.supportLevel')}</dt>
          <dd>{detail.supportLevel ? t(`supportLevel.${detail.supportLevel}`) : t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('reintegration.startedOn')}</dt>
          <dd>{date(detail.startedOn)}</dd>
        </div>
        <div>
          <dt>{t('reintegration.plannedEndOn')}</dt>
          <dd>{date(detail.plannedEndOn)}</dd>
        </div>
        <div>
          <dt>{t('reintegration.lastContact')}</dt>
          <dd>{detail.lastContactOn ? date(detail.lastContactOn) : t('reintegration.never')}</dd>
        </div>
        <div>
          <dt>{t('reintegration.nextContact')}</dt>
          <dd>
            {date(detail.nextContactDue)}
            {detail.contactOverdue && <span className="badge badge-warning">{t('reintegration.overdue')}</span>}
          </dd>
        </div>
        {detail.responsibleOfficer && (
          <div>
            <dt>{t('reintegration.responsibleOfficer')}</dt>
            <dd>{detail.responsibleOfficer}</dd>
          </div>
        )}
      </dl>
      {detail.history && (
        <>
          <h3>{t('reintegration.history')}</h3>
          <p className="notes">{detail.history}</p>
        </>
      )}
      <h3>{t('reintegration.helpers')}</h3>
      <ul className="item-list" aria-label={t('reintegration.helpers')}>
        {(detail.helpers ?? []).map((helper) => (
          <li key={helper.householdId} className="item">
            <span className="item-title">
              {helper.code} · {helper.headName}
            </span>
            {helper.commitmentSignedOn && (
              <span className="item-meta">
                {t('reintegration.helperSigned')} {date(helper.commitmentSignedOn)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {(detail.statusEvents ?? []).length > 0 && (
        <>
          <h3>{t('reintegration.statusHistory')}</h3>
          <ol className="item-list" aria-label={t('reintegration.statusHistory')}>
            {(detail.statusEvents ?? []).map((event, index) => (
              <li key={index} className="item">
                <span className="item-title">
                  {t(`reintegrationStatus.${event.status!}`)} · {date(event.on)}
                </span>
                <span className="item-meta">
                  {[event.actor, event.note].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** The plan's goals as text, for everybody who follows the person. */
export function PlanView({ detail }: { detail: ReintegrationCaseDetail }) {
  const { t } = useTranslation();
  const goals = detail.plan?.goals ?? [];
  if (goals.length === 0) return <p className="status">{t('reintegration.noPlan')}</p>;
  return (
    <ul className="item-list" aria-label={t('reintegration.plan')}>
      {goals.map((goal, index) => (
        <li key={index} className="item">
          <span className="item-title">
            {t(`supportArea.${goal.area!}`)}: {goal.goal}
          </span>
          {goal.actions && <p className="notes">{goal.actions}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Visits and contacts, newest first; notes only in the full view. */
export function ContactList({ detail }: { detail: ReintegrationCaseDetail }) {
  const { t, i18n } = useTranslation();
  const contacts = detail.contacts ?? [];
  if (contacts.length === 0) return <p className="status">{t('reintegration.noContacts')}</p>;
  return (
    <ol className="item-list" aria-label={t('reintegration.contacts')}>
      {contacts.map((contact) => (
        <li key={contact.id} className="item">
          <span className="item-title">
            {formatDate(contact.contactedOn!, i18n.language)} · {t(`contactMethod.${contact.method!}`)} ·{' '}
            {t(`contactResult.${contact.result!}`)}
          </span>
          <span className="item-meta">
            {contact.recordedBy}
            {contact.recordedAt && ` · ${formatDateTime(contact.recordedAt, i18n.language)}`}
          </span>
          {contact.notes && <p className="notes">{contact.notes}</p>}
        </li>
      ))}
    </ol>
  );
}
