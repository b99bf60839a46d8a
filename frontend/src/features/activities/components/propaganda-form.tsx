import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { PROPAGANDA_CHANNELS, useRecordPropaganda, type PropagandaChannel } from '../api/propaganda';

const FIELDS = ['heldOn', 'topic', 'channel', 'audience', 'notes'];

/** A session spreading the law: topic, channel (the hamlet loudspeakers…), how many people heard it. */
export function PropagandaForm({ hamletId, groupId, onSaved }: { hamletId: number; groupId?: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<{ heldOn: string; topic: string; channel: PropagandaChannel; audience: string; notes: string }>({
    heldOn: today(),
    topic: '',
    channel: 'LOUDSPEAKER',
    audience: '',
    notes: '',
  });
  const record = useRecordPropaganda();
  const problem = record.isError ? formProblem(record.error, t, (field) => FIELDS.includes(field)) : undefined;
  const set = (change: Partial<typeof values>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        hamletId,
        groupId,
        heldOn: values.heldOn,
        topic: values.topic.trim(),
        channel: values.channel,
        audience: values.audience === '' ? undefined : Math.max(0, Math.trunc(Number(values.audience) || 0)),
        notes: values.notes.trim() || undefined,
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <form className="form form-large" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field label={t('propaganda.heldOn')} required error={problem?.fields.heldOn}>
        {(control) => <input {...control} type="date" required max={today()} value={values.heldOn} onChange={(event) => set({ heldOn: event.target.value })} />}
      </Field>
      <Field label={t('propaganda.topic')} required error={problem?.fields.topic}>
        {(control) => <input {...control} required maxLength={300} value={values.topic} onChange={(event) => set({ topic: event.target.value })} />}
      </Field>
      <Field label={t('propaganda.channel')} required error={problem?.fields.channel}>
        {(control) => (
          <select {...control} value={values.channel} onChange={(event) => set({ channel: event.target.value as PropagandaChannel })}>
            {PROPAGANDA_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`propagandaChannel.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('propaganda.audience')} error={problem?.fields.audience}>
        {(control) => (
          <input {...control} type="number" min={0} inputMode="numeric" value={values.audience} onChange={(event) => set({ audience: event.target.value })} />
        )}
      </Field>
      <Field label={t('propaganda.notes')} error={problem?.fields.notes}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={values.notes} onChange={(event) => set({ notes: event.target.value })} />}
      </Field>
      <button type="submit" className="button button-wide" disabled={record.isPending || !values.topic.trim()}>
        {record.isPending ? t('common.saving') : t('propaganda.save')}
      </button>
    </form>
  );
}
