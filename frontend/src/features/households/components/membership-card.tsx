import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { useAuthorization } from '../../../lib/authorization';
import { today } from '../../../lib/dates';
import { formProblem, isStaleVersion } from '../../../lib/errors';
import { useChangeMembership } from '../api/change-membership';
import { useGroupOptions } from '../api/get-group-options';
import type { HouseholdDetail } from '../api/get-household';
import { MembershipHistory } from './membership-history';

/** Value of the choice that takes the household out of its group. */
const LEAVE = 'leave';

interface MembershipCardProps {
  household: HouseholdDetail;
  /** Someone else saved the household meanwhile: the page reloads it. */
  onStale: () => void;
}

/** Which group the household is in, moving it to another group of the hamlet or out of its group, and the history. */
export function MembershipCard({ household, onStale }: MembershipCardProps) {
  const { t } = useTranslation();
  const { can } = useAuthorization();
  const writer = can('canEditHouseholds');
  const groups = useGroupOptions(writer ? household.hamletId : undefined);
  const change = useChangeMembership(household.id!);
  const [target, setTarget] = useState('');
  const [date, setDate] = useState(today());
  const [done, setDone] = useState<string | undefined>();
  const inGroup = household.groupId != null;
  const choices = (groups.data ?? []).filter((group) => group.id !== household.groupId);
  // A stale version is told by the page, which reloads the household; the choice stays for a second try.
  const problem =
    change.isError && !isStaleVersion(change.error)
      ? formProblem(change.error, t, (field) => field === 'groupId' || field === 'date')
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const groupId = target === LEAVE ? undefined : Number(target);
    const name = groupId === undefined ? undefined : choices.find((group) => group.id === groupId)?.name;
    setDone(undefined);
    change.mutate(
      { groupId, date: date || undefined, version: household.version ?? 0 },
      {
        onSuccess: () => {
          setTarget('');
          setDone(name ? t('membership.moved', { group: name }) : t('membership.left'));
        },
        onError: (error) => {
          if (isStaleVersion(error)) onStale();
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="membership-title">
      <h2 id="membership-title">{t('membership.title')}</h2>
      <p className="current-group">
        {inGroup ? t('membership.currentGroup', { group: household.groupName }) : t('membership.noCurrentGroup')}
      </p>
      {done && (
        <p className="banner banner-success" role="status">
          {done}
        </p>
      )}
      {writer && (
        <form className="form" onSubmit={submit}>
          <FormProblemMessage problem={problem} />
          <Field label={inGroup ? t('membership.moveTo') : t('membership.joinGroup')} error={problem?.fields.groupId}>
            {(control) => (
              <select {...control} value={target} onChange={(event) => setTarget(event.target.value)} required>
                <option value="">{t('common.choose')}</option>
                {choices.map((group) => (
                  <option key={group.id} value={String(group.id)}>
                    {group.name}
                  </option>
                ))}
                {inGroup && <option value={LEAVE}>{t('membership.leaveOption')}</option>}
              </select>
            )}
          </Field>
          <Field label={t('membership.date')} error={problem?.fields.date}>
            {(control) => <input {...control} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button" disabled={!target || change.isPending}>
              {change.isPending
                ? t('common.saving')
                : target === LEAVE
                  ? t('membership.leave')
                  : inGroup
                    ? t('membership.move')
                    : t('membership.join')}
            </button>
          </div>
        </form>
      )}
      <MembershipHistory household={household} />
    </section>
  );
}
