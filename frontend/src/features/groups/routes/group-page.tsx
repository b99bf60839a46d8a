import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { Authorized } from '../../../lib/authorization';
import { useGroup, type GroupDetail } from '../api/get-group';
import { GroupDetails } from '../components/group-details';
import { GroupEditor } from '../components/group-editor';
import { GroupHouseholds } from '../components/group-households';

interface GroupPageProps {
  groupId: number;
  /** What other features show about the group (meetings, mediation, commitments), under its households. */
  sections?: (group: GroupDetail) => ReactNode;
}

/** One group: its facts, leader and deputy, member households; editing for those who may write. */
export function GroupPage({ groupId, sections }: GroupPageProps) {
  const { t } = useTranslation();
  const group = useGroup(groupId);
  const [editing, setEditing] = useState(false);
  const [stale, setStale] = useState(false);
  if (!group.isSuccess) {
    return <QueryStatus isPending={group.isPending} isError={group.isError} onRetry={() => void group.refetch()} />;
  }
  const data = group.data;
  return (
    <>
      <BackLink to={`/units/${data.hamletId}`}>{data.hamletName}</BackLink>
      {stale && (
        <p className="banner banner-warning" role="status">
          {t('common.staleReloaded')}
        </p>
      )}
      <GroupDetails group={data} />
      <Authorized policy="canEditHouseholds">
        {editing ? (
          <GroupEditor
            key={data.version}
            group={data}
            onDone={() => setEditing(false)}
            onStale={() => {
              setStale(true);
              void group.refetch();
            }}
          />
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setStale(false);
                setEditing(true);
              }}
            >
              {t('group.editLeaders')}
            </button>
          </div>
        )}
      </Authorized>
      <GroupHouseholds group={data} />
      {sections?.(data)}
    </>
  );
}
