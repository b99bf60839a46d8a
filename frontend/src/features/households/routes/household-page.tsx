import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { Authorized } from '../../../lib/authorization';
import { useHousehold } from '../api/get-household';
import { HouseholdDetails } from '../components/household-details';
import { MembershipCard } from '../components/membership-card';

/** One household: its people, its group and the history of its memberships. */
export function HouseholdPage({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const household = useHousehold(householdId);
  const [stale, setStale] = useState(false);
  if (!household.isSuccess) {
    return <QueryStatus isPending={household.isPending} isError={household.isError} onRetry={() => void household.refetch()} />;
  }
  const data = household.data;
  return (
    <>
      <BackLink to={data.groupId != null ? `/groups/${data.groupId}` : `/units/${data.hamletId}/households`}>
        {data.groupName ?? data.hamletName}
      </BackLink>
      {stale && (
        <p className="banner banner-warning" role="status">
          {t('common.staleReloaded')}
        </p>
      )}
      <HouseholdDetails household={data} />
      <Authorized policy="canEditHouseholds">
        <div className="actions">
          <Link to={`/households/${householdId}/edit`} className="button">
            {t('household.edit')}
          </Link>
        </div>
      </Authorized>
      <MembershipCard
        household={data}
        onStale={() => {
          setStale(true);
          void household.refetch();
        }}
      />
    </>
  );
}
