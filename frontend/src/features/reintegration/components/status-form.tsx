import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useCommuneOptions } from '../api/case-form-options';
import { useChangeStatus } from '../api/get-reintegration-case';
import { STATUSES, type ReintegrationStatus } from '../api/get-reintegration-cases';

const FIELDS = ['status', 'on', 'note', 'toCommuneId'];

/** A dated status change; moving away hands the case, with its history, to the commune the person moved to. */
export function StatusForm({ caseId, status, version }: { caseId: number; status: ReintegrationStatus; version: number }) {
  const { t } = useTranslation();
  const [next, setNext] = useState<ReintegrationStatus>(status === 'ACTIVE' ? 'COMPLETED' : 'ACTIVE');
  const [on, setOn] = useState(today());
  const [note, setNote] = useState('');
  const [communeText, setCommuneText] = useState('');
  const [toCommuneId, setToCommuneId] = useState<number>();
  const communes = useCommuneOptions(communeText);
  const change = useChangeStatus(caseId);
  const navigate = useNavigate();
  const problem = change.isError ? formProblem(change.error, t, (field) => FIELDS.includes(field)) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      {
        status: next,
        on,
        note: note.trim() || undefined,
        toCommuneId: next === 'MOVED_AWAY' ? toCommuneId : undefined,
        version,
      },
      // After a handover the case belongs to the other commune: back to the list.
      { onSuccess: (detail) => (detail.manageable ? undefined : void navigate('/reintegration-cases')) },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.statusChange')}>
      <h3>{t('reintegration.statusChange')}</h3>
      <FormProblemMessage problem={problem} />
      <Field label={t('reintegration.status')} error={problem?.fields.status}>
        {(control) => (
          <select {...control} value={next} onChange={(event) => setNext(event.target.value as ReintegrationStatus)}>
            {STATUSES.filter((value) => value !== status).map((value) => (
              <option key={value} value={value}>
                {t(`reintegrationStatus.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reintegration.statusOn')} error={problem?.fields.on}>
        {(control) => <input {...control} type="date" max={today()} value={on} onChange={(event) => setOn(event.target.value)} />}
      </Field>
      {next === 'MOVED_AWAY' && (
        <>
          <Field label={t('reintegration.toCommuneSearch')}>
            {(control) => (
              <input {...control} type="search" autoComplete="off" value={communeText} onChange={(event) => setCommuneText(event.target.value)} />
            )}
          </Field>
          <Field label={t('reintegration.toCommune')} required error={problem?.fields.toCommuneId}>
            {(control) => (
              <select
                {...control}
                value={toCommuneId ?? ''}
                onChange={(event) => setToCommuneId(event.target.value ? Number(event.target.value) : undefined)}
              >
                <option value="">{t('common.choose')}</option>
                {(communes.data ?? []).map((commune) => (
                  <option key={commune.id} value={commune.id}>
                    {commune.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <Field label={t('reintegration.statusNote')} error={problem?.fields.note}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={change.isPending || (next === 'MOVED_AWAY' && !toCommuneId)}>
          {change.isPending ? t('common.saving') : t('reintegration.saveStatus')}
        </button>
      </div>
    </form>
  );
}
