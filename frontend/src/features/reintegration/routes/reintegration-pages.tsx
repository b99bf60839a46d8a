import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { Field } from '../../../components/field';
import { QueryStatus } from '../../../components/query-status';
import { useReintegrationCase } from '../api/get-reintegration-case';
import { STATUSES, type ReintegrationStatus } from '../api/get-reintegration-cases';
import { BreakGlassAccesses } from '../components/break-glass-accesses';
import { BreakGlassDialog } from '../components/break-glass-dialog';
import { CaseEditor } from '../components/case-editor';
import { CaseForm } from '../components/case-form';
import { CaseList } from '../components/case-list';
import { ContactList, CaseView, PlanView } from '../components/case-view';
import { ContactForm } from '../components/contact-form';
import { PlanEditor } from '../components/plan-editor';
import { StatusForm } from '../components/status-form';

interface Rights {
  /** Police officer: opens and manages cases, may break the glass. */
  officer: boolean;
  /** Province officer: sees the emergency accesses. */
  auditor: boolean;
}

/** Officers: the cases of their area and emergency access. Leaders: whom to visit next. */
export function ReintegrationCasesPage({ officer, auditor }: Rights) {
  const { t } = useTranslation();
  const [overdue, setOverdue] = useState(false);
  // Officers also look up closed cases and the ones another commune handed over to them.
  const [status, setStatus] = useState<ReintegrationStatus | ''>('ACTIVE');
  const [breaking, setBreaking] = useState(false);
  return (
    <>
      <section className="card" aria-labelledby="reintegration-title">
        <h1 id="reintegration-title">{officer ? t('reintegration.title') : t('reintegration.visitNext')}</h1>
        {officer && (
          <div className="actions">
            <Link to="/reintegration-cases/new" className="button">
              {t('reintegration.open')}
            </Link>
            <button type="button" className="button button-quiet" onClick={() => setBreaking(true)}>
              {t('reintegration.breakGlass')}
            </button>
          </div>
        )}
        {officer && (
          <Field label={t('reintegration.status')}>
            {(control) => (
              <select {...control} value={status} onChange={(event) => setStatus(event.target.value as ReintegrationStatus | '')}>
                <option value="">{t('reintegration.allStatuses')}</option>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`reintegrationStatus.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <label className="check">
          <input type="checkbox" checked={overdue} onChange={(event) => setOverdue(event.target.checked)} />
          {t('reintegration.onlyOverdue')}
        </label>
        <CaseList filter={{ status: (officer ? status : 'ACTIVE') || undefined, contactOverdue: overdue || undefined }} />
      </section>
      {auditor && <BreakGlassAccesses />}
      {breaking && <BreakGlassDialog onClose={() => setBreaking(false)} />}
    </>
  );
}

export function ReintegrationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to="/reintegration-cases">{t('nav.reintegration')}</BackLink>
      <section className="card" aria-labelledby="reintegration-create-title">
        <h1 id="reintegration-create-title">{t('reintegration.createTitle')}</h1>
        <CaseForm onCreated={(detail) => void navigate(`/reintegration-cases/${detail.id}`)} />
      </section>
    </>
  );
}

/**
 * One case. Officers of its commune get the full view (each read recorded) and manage it; an officer under a
 * break-glass grant only reads; leaders get a reduced view and the contact log.
 */
export function ReintegrationCasePage({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const detail = useReintegrationCase(caseId);
  const [editing, setEditing] = useState(false);
  if (!detail.isSuccess) {
    return <QueryStatus isPending={detail.isPending} isError={detail.isError} onRetry={() => void detail.refetch()} />;
  }
  const data = detail.data;
  const full = data.view === 'FULL';
  const active = data.status === 'ACTIVE';
  return (
    <>
      <BackLink to="/reintegration-cases">{t('nav.reintegration')}</BackLink>
      <section className="card" aria-labelledby="reintegration-case-title">
        <h1 id="reintegration-case-title">{data.personName}</h1>
        <p className="hint">{full ? t('reintegration.fullViewAudited') : t('reintegration.reducedView')}</p>
        <CaseView detail={data} />
        {data.manageable && !editing && (
          <div className="actions">
            <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
              {t('reintegration.edit')}
            </button>
          </div>
        )}
        {editing && <CaseEditor key={data.version} detail={data} onDone={() => setEditing(false)} />}
      </section>
      <section className="card" aria-labelledby="reintegration-plan-title">
        <h2 id="reintegration-plan-title">{t('reintegration.plan')}</h2>
        {data.manageable ? <PlanEditor key={data.version} caseId={caseId} goals={data.plan?.goals ?? []} version={data.version!} /> : <PlanView detail={data} />}
      </section>
      <section className="card" aria-labelledby="reintegration-contacts-title">
        <h2 id="reintegration-contacts-title">{t('reintegration.contacts')}</h2>
        {active && (data.manageable || data.view === 'REDUCED') && <ContactForm caseId={caseId} />}
        <ContactList detail={data} />
      </section>
      {data.manageable && (
        <section className="card">
          <StatusForm key={data.version} caseId={caseId} status={data.status!} version={data.version!} />
        </section>
      )}
    </>
  );
}
