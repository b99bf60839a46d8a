import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import type { MediatorRole } from '../api/get-mediation-cases';
import { MediationCaseForm } from '../components/mediation-case-form';

interface MediationCreatePageProps {
  group: { id: number; name: string; hamletId: number };
  firstMediator: { role: MediatorRole; name: string };
}

export function MediationCreatePage({ group, firstMediator }: MediationCreatePageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={`/groups/${group.id}`}>{group.name}</BackLink>
      <section className="card" aria-labelledby="mediation-create-title">
        <h1 id="mediation-create-title">{t('mediation.createTitle', { group: group.name })}</h1>
        <MediationCaseForm
          groupId={group.id}
          hamletId={group.hamletId}
          firstMediator={firstMediator}
          onCreated={(detail) => void navigate(`/mediation-cases/${detail.summary!.id}`)}
        />
      </section>
    </>
  );
}
