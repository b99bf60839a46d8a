import { useTranslation } from 'react-i18next';
import { formProblem, isStaleVersion } from '../../../lib/errors';
import type { GroupDetail } from '../api/get-group';
import { useMemberPeople } from '../api/get-member-people';
import { useUpdateGroup } from '../api/update-group';
import { GroupForm } from './group-form';
import { GROUP_FORM_FIELDS, groupValues, toGroupUpdate } from './group-form-model';

interface GroupEditorProps {
  group: GroupDetail;
  onDone: () => void;
  /** Someone else saved the group meanwhile: the page reloads it. */
  onStale: () => void;
}

/** Edits a group, including its leader and deputy, chosen among the people of its member households. */
export function GroupEditor({ group, onDone, onStale }: GroupEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateGroup(group.id!);
  const householdIds = (group.households ?? []).flatMap((household) => (household.id != null ? [household.id] : []));
  const people = useMemberPeople(householdIds, true);
  const problem = update.isError
    ? formProblem(update.error, t, (field) => GROUP_FORM_FIELDS.has(field), { 'duplicate-group-number': 'number' })
    : undefined;
  return (
    <section className="card" aria-labelledby="group-edit-title">
      <h2 id="group-edit-title">{t('group.edit')}</h2>
      <GroupForm
        initial={groupValues(group)}
        people={{ list: people.people, isPending: people.isPending }}
        problem={problem}
        pending={update.isPending}
        submitLabel={t('common.save')}
        onCancel={onDone}
        onSubmit={(values) =>
          update.mutate(toGroupUpdate(values, group.version ?? 0), {
            onSuccess: onDone,
            onError: (error) => {
              if (isStaleVersion(error)) onStale();
            },
          })
        }
      />
    </section>
  );
}
