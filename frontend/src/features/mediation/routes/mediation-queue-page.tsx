import { useTranslation } from 'react-i18next';
import { useEscalatedCases, useMediationCases } from '../api/get-mediation-cases';
import { MediationCaseList } from '../components/mediation-case-list';

/** The commune officer's desk: cases escalated by the groups, then every open case of the area. */
export function MediationQueuePage() {
  const { t } = useTranslation();
  const escalated = useEscalatedCases();
  const open = useMediationCases({ status: 'OPEN' });
  return (
    <>
      <section className="card" aria-labelledby="escalated-title">
        <h1 id="escalated-title">{t('mediation.escalatedQueue')}</h1>
        <MediationCaseList cases={escalated} empty={t('mediation.escalatedNone')} />
      </section>
      <section className="card" aria-labelledby="open-cases-title">
        <h2 id="open-cases-title">
          {t('mediation.listTitle')} · {t('mediationStatus.OPEN')}
        </h2>
        <MediationCaseList cases={open} empty={t('mediation.none')} />
      </section>
    </>
  );
}
