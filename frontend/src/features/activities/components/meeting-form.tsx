import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useRecordMeeting } from '../api/meetings';

export interface MemberHousehold {
  id?: number;
  code?: string;
  headName?: string;
}

const FIELDS = ['heldOn', 'attendingHouseholdIds', 'topics', 'decisions'];

/** A meeting in a few taps: today's date, every member household ticked, then untick who was absent. */
export function MeetingForm({ groupId, households, onSaved }: { groupId: number; households: MemberHousehold[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(today());
  const [present, setPresent] = useState<Set<number>>(() => new Set(households.map((household) => household.id!)));
  const [topics, setTopics] = useState('');
  const [decisions, setDecisions] = useState('');
  const record = useRecordMeeting(groupId);
  const problem = record.isError ? formProblem(record.error, t, (field) => FIELDS.includes(field)) : undefined;
  const toggle = (id: number, on: boolean) =>
    setPresent((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        heldOn,
        attendingHouseholdIds: households.map((household) => household.id!).filter((id) => present.has(id)),
        topics: topics.trim() || undefined,
        decisions: decisions.trim() || undefined,
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <form className="form form-large" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field label={t('meeting.heldOn')} required error={problem?.fields.heldOn}>
        {(control) => <input {...control} type="date" max={today()} required value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />}
      </Field>
      <fieldset className="choices">
        <legend>
          {t('meeting.attendance')} · {t('meeting.attendanceCount', { attended: present.size, members: households.length })}
        </legend>
        <div className="actions">
          <button type="button" className="button button-quiet" onClick={() => setPresent(new Set(households.map((household) => household.id!)))}>
            {t('meeting.all')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setPresent(new Set())}>
            {t('meeting.none')}
          </button>
        </div>
        {households.map((household) => (
          <label key={household.id} className="check">
            <input type="checkbox" checked={present.has(household.id!)} onChange={(event) => toggle(household.id!, event.target.checked)} />
            {household.code} · {household.headName}
          </label>
        ))}
        {problem?.fields.attendingHouseholdIds && <p className="field-error">{problem.fields.attendingHouseholdIds}</p>}
      </fieldset>
      <Field label={t('meeting.topics')} error={problem?.fields.topics}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={topics} onChange={(event) => setTopics(event.target.value)} />}
      </Field>
      <Field label={t('meeting.decisions')} error={problem?.fields.decisions}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={decisions} onChange={(event) => setDecisions(event.target.value)} />}
      </Field>
      <button type="submit" className="button button-wide" disabled={record.isPending}>
        {record.isPending ? t('common.saving') : t('meeting.save')}
      </button>
    </form>
  );
}
