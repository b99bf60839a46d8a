import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import type { MediationCaseDetail } from '../api/get-mediation-case';

/** What the case is about, between whom, who mediates, and how it ended. */
export function MediationCaseDetails({ detail }: { detail: MediationCaseDetail }) {
  const { t, i18n } = useTranslation();
  const summary = detail.summary!;
  return (
    <>
      <p className="notes tip-description">{detail.description}</p>
      <dl className="facts">
        <div>
          <dt>{t('mediation.disputeType')}</dt>
          <dd>{t(`disputeType.${summary.disputeType!}`)}</dd>
        </div>
        <div>
          <dt>{t('mediation.intake')}</dt>
          <dd>{t(`mediationIntake.${summary.intake!}`)}</dd>
        </div>
        <div>
          <dt>{t('mediation.receivedOn')}</dt>
          <dd>{formatDate(summary.receivedOn!, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('household.group')}</dt>
          <dd>{summary.groupName}</dd>
        </div>
        {summary.outcome && (
          <>
            <div>
              <dt>{t('mediation.outcome')}</dt>
              <dd>
                {t(`mediationOutcome.${summary.outcome}`)}
                {detail.escalatedTo && ` → ${t(`escalationTarget.${detail.escalatedTo}`)}`}
              </dd>
            </div>
            <div>
              <dt>{t('mediation.closedOn')}</dt>
              <dd>{summary.closedOn ? formatDate(summary.closedOn, i18n.language) : t('common.none')}</dd>
            </div>
          </>
        )}
      </dl>
      {detail.agreement && (
        <>
          <h3>{t('mediation.agreement')}</h3>
          <p className="notes">{detail.agreement}</p>
        </>
      )}
      {detail.outcomeNote && <p className="notes">{detail.outcomeNote}</p>}
      <h3>{t('mediation.parties')}</h3>
      <ul className="item-list" aria-label={t('mediation.parties')}>
        {(detail.parties ?? []).map((party) => (
          <li key={party.id} className="item">
            <span className="item-title">
              {party.householdCode ? `${party.householdCode} — ${party.name}` : party.name}
              {party.outsider && <span className="muted"> ({t('mediation.outsider')})</span>}
            </span>
            {party.address && <span className="item-meta">{party.address}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('mediation.mediators')}</h3>
      <ul className="item-list" aria-label={t('mediation.mediators')}>
        {(detail.mediators ?? []).map((mediator) => (
          <li key={mediator.id} className="item">
            <span className="item-title">{mediator.name}</span>
            <span className="item-meta">{t(`mediatorRole.${mediator.role!}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The sessions held, oldest first. */
export function MediationSessions({ detail }: { detail: MediationCaseDetail }) {
  const { t, i18n } = useTranslation();
  const sessions = detail.sessions ?? [];
  if (sessions.length === 0) return <p className="status">{t('mediation.noSessions')}</p>;
  return (
    <ol className="item-list" aria-label={t('mediation.sessions')}>
      {sessions.map((session) => (
        <li key={session.id} className="item">
          <span className="item-title">{t('mediation.sessionTitle', { date: formatDate(session.heldOn!, i18n.language) })}</span>
          {session.place && <span className="item-meta">{session.place}</span>}
          {session.attendees && (
            <span className="item-meta">
              {t('mediation.attendees')}: {session.attendees}
            </span>
          )}
          {session.notes && <p className="notes">{session.notes}</p>}
        </li>
      ))}
    </ol>
  );
}
