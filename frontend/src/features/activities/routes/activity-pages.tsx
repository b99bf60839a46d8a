import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { MeetingForm, type MemberHousehold } from '../components/meeting-form';
import { PatrolForm } from '../components/patrol-form';
import { PropagandaForm } from '../components/propaganda-form';

export function MeetingCreatePage({ group }: { group: { id: number; name: string; households: MemberHousehold[] } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const back = `/groups/${group.id}`;
  return (
    <>
      <BackLink to={back}>{group.name}</BackLink>
      <section className="card" aria-labelledby="meeting-create-title">
        <h1 id="meeting-create-title">{t('meeting.recordTitle', { group: group.name })}</h1>
        <MeetingForm groupId={group.id} households={group.households} onSaved={() => void navigate(back)} />
      </section>
    </>
  );
}

/** Opened from a group's page (?groupId=), the record belongs to that group and the way back leads there. */
function useGroupOfPage(hamletId: number) {
  const groupId = Number(useSearchParams()[0].get('groupId')) || undefined;
  return { groupId, back: groupId ? `/groups/${groupId}` : `/units/${hamletId}` };
}

export function PatrolCreatePage({ hamlet }: { hamlet: { id: number; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { groupId, back } = useGroupOfPage(hamlet.id);
  return (
    <>
      <BackLink to={back}>{hamlet.name}</BackLink>
      <section className="card" aria-labelledby="patrol-create-title">
        <h1 id="patrol-create-title">{t('patrol.recordTitle', { hamlet: hamlet.name })}</h1>
        <PatrolForm hamletId={hamlet.id} groupId={groupId} onSaved={() => void navigate(back)} />
      </section>
    </>
  );
}

export function PropagandaCreatePage({ hamlet }: { hamlet: { id: number; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { groupId, back } = useGroupOfPage(hamlet.id);
  return (
    <>
      <BackLink to={back}>{hamlet.name}</BackLink>
      <section className="card" aria-labelledby="propaganda-create-title">
        <h1 id="propaganda-create-title">{t('propaganda.recordTitle', { hamlet: hamlet.name })}</h1>
        <PropagandaForm hamletId={hamlet.id} groupId={groupId} onSaved={() => void navigate(back)} />
      </section>
    </>
  );
}
