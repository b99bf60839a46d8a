import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { formProblem } from '../../../lib/errors';
import { useCreateGroup } from '../api/create-group';
import { useGroups } from '../api/get-groups';
import { GroupForm } from '../components/group-form';
import { emptyGroupValues, GROUP_FORM_FIELDS, toGroupCreate } from '../components/group-form-model';

/** A new group in the hamlet; the number defaults to the next free one. */
export function GroupCreatePage({ hamletId, hamletName }: { hamletId: number; hamletName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const groups = useGroups(hamletId);
  const problem = create.isError
    ? formProblem(create.error, t, (field) => GROUP_FORM_FIELDS.has(field), { 'duplicate-group-number': 'number' })
    : undefined;
  if (groups.isPending) return <p className="status">{t('unit.loading')}</p>;
  const numbers = groups.data?.pages.flatMap((page) => page.items ?? []).map((group) => group.number ?? 0) ?? [];
  const next = Math.max(0, ...numbers) + 1;
  return (
    <>
      <BackLink to={`/units/${hamletId}`}>{hamletName}</BackLink>
      <section className="card" aria-labelledby="group-create-title">
        <h1 id="group-create-title">{t('group.createTitle', { hamlet: hamletName })}</h1>
        <GroupForm
          initial={emptyGroupValues(next)}
          defaultName={(number) => t('group.defaultName', { number: number || '…', hamlet: hamletName })}
          problem={problem}
          pending={create.isPending}
          submitLabel={t('group.create')}
          onCancel={() => void navigate(`/units/${hamletId}`)}
          onSubmit={(values) =>
            create.mutate(toGroupCreate(values, hamletId), {
              onSuccess: (group) => void navigate(`/groups/${group.id}`),
            })
          }
        />
      </section>
    </>
  );
}
