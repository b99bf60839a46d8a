import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { formProblem } from '../../../lib/errors';
import { useCreateHousehold } from '../api/create-household';
import { useGroupOptions } from '../api/get-group-options';
import { HouseholdForm } from '../components/household-form';
import { emptyHousehold, isHouseholdField, toHouseholdCreate } from '../components/household-form-model';

/** A new household of the hamlet, with its people; opened from a group it joins that group. */
export function HouseholdCreatePage({ hamletId, hamletName }: { hamletId: number; hamletName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const groupId = Number(params.get('groupId')) || undefined;
  const groups = useGroupOptions(hamletId);
  const create = useCreateHousehold();
  const problem = create.isError
    ? formProblem(create.error, t, isHouseholdField, { 'duplicate-household-code': 'code' })
    : undefined;
  const back = groupId ? `/groups/${groupId}` : `/units/${hamletId}`;
  if (groups.isPending) return <p className="status">{t('unit.loading')}</p>;
  return (
    <>
      <BackLink to={back}>{hamletName}</BackLink>
      <section className="card" aria-labelledby="household-create-title">
        <h1 id="household-create-title">{t('household.createTitle', { hamlet: hamletName })}</h1>
        <HouseholdForm
          initial={emptyHousehold(groupId)}
          groups={groups.data ?? []}
          problem={problem}
          pending={create.isPending}
          submitLabel={t('household.create')}
          onCancel={() => void navigate(back)}
          onSubmit={(values) =>
            create.mutate(toHouseholdCreate(values, hamletId), {
              onSuccess: (household) => void navigate(`/households/${household.id}`),
            })
          }
        />
      </section>
    </>
  );
}
