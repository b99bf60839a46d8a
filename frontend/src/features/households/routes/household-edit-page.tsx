import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { formProblem, isStaleVersion } from '../../../lib/errors';
import { useHousehold } from '../api/get-household';
import { useUpdateHousehold } from '../api/update-household';
import { HouseholdForm } from '../components/household-form';
import { householdValues, isHouseholdField, toHouseholdUpdate } from '../components/household-form-model';

/** Edits the household and its people; if someone saved it meanwhile, reloads it and says so. */
export function HouseholdEditPage({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const household = useHousehold(householdId);
  const update = useUpdateHousehold(householdId);
  const [stale, setStale] = useState(false);
  if (!household.isSuccess) {
    return <QueryStatus isPending={household.isPending} isError={household.isError} onRetry={() => void household.refetch()} />;
  }
  const data = household.data;
  const problem =
    update.isError && !isStaleVersion(update.error)
      ? formProblem(update.error, t, isHouseholdField, { 'duplicate-household-code': 'code' })
      : undefined;
  const back = `/households/${householdId}`;
  return (
    <>
      <BackLink to={back}>{t('household.title', { code: data.code, head: data.headName })}</BackLink>
      <section className="card" aria-labelledby="household-edit-title">
        <h1 id="household-edit-title">{t('household.editTitle', { code: data.code })}</h1>
        {stale && (
          <p className="banner banner-warning" role="alert">
            {t('common.staleReloaded')}
          </p>
        )}
        <HouseholdForm
          key={data.version}
          initial={householdValues(data)}
          problem={problem}
          pending={update.isPending}
          submitLabel={t('common.save')}
          onCancel={() => void navigate(back)}
          onSubmit={(values) =>
            update.mutate(toHouseholdUpdate(values, data.version ?? 0), {
              onSuccess: () => void navigate(back),
              onError: (error) => {
                if (isStaleVersion(error)) {
                  setStale(true);
                  void household.refetch();
                }
              },
            })
          }
        />
      </section>
    </>
  );
}
