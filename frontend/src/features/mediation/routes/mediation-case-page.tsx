import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { useMediationCase } from '../api/get-mediation-case';
import { ClosingForm } from '../components/closing-form';
import { MediationCaseDetails, MediationSessions } from '../components/mediation-case-details';
import { SessionForm } from '../components/session-form';

/** One case: its facts, parties and sessions; while open, recording a session and closing it. */
export function MediationCasePage({ caseId, canWrite }: { caseId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const detail = useMediationCase(caseId);
  if (!detail.isSuccess) {
    return <QueryStatus isPending={detail.isPending} isError={detail.isError} onRetry={() => void detail.refetch()} />;
  }
  const summary = detail.data.summary!;
  const open = summary.status === 'OPEN';
  return (
    <>
      <BackLink to={`/groups/${summary.groupId}`}>{summary.groupName}</BackLink>
      <section className="card" aria-labelledby="mediation-title">
        <h1 id="mediation-title">
          {t('mediation.number', { id: summary.id })} · {t(`disputeType.${summary.disputeType!}`)}
        </h1>
        <p>
          <span className={`badge badge-mediation-${summary.status?.toLowerCase()}`}>
            {summary.outcome ? t(`mediationOutcome.${summary.outcome}`) : t(`mediationStatus.${summary.status!}`)}
          </span>
        </p>
        <MediationCaseDetails detail={detail.data} />
      </section>
      <section className="card" aria-labelledby="mediation-sessions-title">
        <h2 id="mediation-sessions-title">{t('mediation.sessions')}</h2>
        <MediationSessions detail={detail.data} />
        {open && canWrite && <SessionForm caseId={caseId} />}
      </section>
      {open && canWrite && (
        <section className="card">
          <ClosingForm
            key={summary.version}
            caseId={caseId}
            version={summary.version!}
            sessions={detail.data.sessions?.length ?? 0}
          />
        </section>
      )}
    </>
  );
}
