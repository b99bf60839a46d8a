import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, today } from '../../../lib/dates';
import { useCommitmentChange, useGroupCommitments } from '../api/commitments';
import { useDeleteMeeting, useGroupMeetings, useMeetingStatus } from '../api/meetings';

interface GroupRef {
  id: number;
  hamletId: number;
}

/** On a group's page: the last meeting with the overdue flag, the meetings held and the button to record one. */
export function GroupMeetingsSection({ group, canWrite }: { group: GroupRef; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const status = useMeetingStatus(group.hamletId).data?.items?.find((item) => item.groupId === group.id);
  const meetings = useGroupMeetings(group.id);
  const remove = useDeleteMeeting();
  const items = meetings.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  return (
    <section className="card" aria-labelledby={`group-meetings-${group.id}`}>
      <h2 id={`group-meetings-${group.id}`}>
        {t('meeting.title')}
        {status?.overdue && <span className="badge badge-warning">{t('meeting.overdue')}</span>}
      </h2>
      <p className="current-group">
        {status?.lastMeetingOn ? t('meeting.last', { date: formatDate(status.lastMeetingOn, i18n.language) }) : t('meeting.never')}
      </p>
      {canWrite && (
        <div className="actions">
          <Link to={`/groups/${group.id}/meetings/new`} className="button">
            {t('meeting.record')}
          </Link>
          <Link to={`/units/${group.hamletId}/patrols/new?groupId=${group.id}`} className="button button-quiet">
            {t('patrol.record')}
          </Link>
          <Link to={`/units/${group.hamletId}/propaganda-sessions/new?groupId=${group.id}`} className="button button-quiet">
            {t('propaganda.record')}
          </Link>
        </div>
      )}
      {items.length > 0 && (
        <ul className="item-list" aria-label={t('meeting.list')}>
          {items.map((meeting) => (
            <li key={meeting.id} className="item">
              <span className="item-title">{formatDate(meeting.heldOn!, i18n.language)}</span>
              <span className="item-meta">
                {t('meeting.attendanceCount', { attended: meeting.attendance ?? 0, members: meeting.memberHouseholds ?? 0 })}
              </span>
              {meeting.topics && <p className="notes">{meeting.topics}</p>}
              {canWrite && (
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(meeting.id!)}
                >
                  {t('meeting.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** This year's commitments of the group's households: who signed, and a tap to record a signature. */
export function GroupCommitmentsSection({ groupId, canWrite }: { groupId: number; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [year] = useState(() => new Date().getFullYear());
  const commitments = useGroupCommitments(groupId, year);
  const change = useCommitmentChange(year);
  const data = commitments.data;
  return (
    <section className="card" aria-labelledby={`group-commitments-${groupId}`}>
      <h2 id={`group-commitments-${groupId}`}>
        {t('commitment.title', { year })}
        {data && <span className="count">{t('commitment.rate', { committed: data.committed ?? 0, members: data.memberHouseholds ?? 0 })}</span>}
      </h2>
      <p className="hint">{t('commitment.intro')}</p>
      <ul className="item-list" aria-label={t('commitment.title', { year })}>
        {(data?.households ?? []).map((household) => (
          <li key={household.householdId} className="item photo-item">
            <span>
              <span className="item-title">
                {household.code} · {household.headName}
              </span>
              <br />
              <span className="item-meta">
                {household.signedOn ? t('commitment.signedOn', { date: formatDate(household.signedOn, i18n.language) }) : t('commitment.notSigned')}
              </span>
            </span>
            {canWrite && (
              <button
                type="button"
                className="button button-quiet"
                disabled={change.isPending}
                onClick={() =>
                  change.mutate({ householdId: household.householdId!, signedOn: household.signedOn ? undefined : today() })
                }
              >
                {household.signedOn ? t('commitment.unsign') : t('commitment.sign')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
