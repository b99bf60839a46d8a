import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMediationCases } from '../api/get-mediation-cases';
import { MediationCaseList } from './mediation-case-list';

/** On a group's page: its mediation cases and the button to open one. */
export function GroupMediationSection({ groupId, canWrite }: { groupId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const cases = useMediationCases({ groupId });
  return (
    <section className="card" aria-labelledby={`group-mediation-${groupId}`}>
      <h2 id={`group-mediation-${groupId}`}>{t('mediation.title')}</h2>
      {canWrite && (
        <div className="actions">
          <Link to={`/groups/${groupId}/mediation-cases/new`} className="button">
            {t('mediation.open')}
          </Link>
        </div>
      )}
      <MediationCaseList cases={cases} empty={t('mediation.none')} />
    </section>
  );
}
