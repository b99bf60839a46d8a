import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { formProblem } from '../../../lib/errors';
import { useRateGroup, type GroupCriterion, type GroupRating, type GroupRatingScale } from '../api/group-ratings';

const FIELDS = ['rating', 'criteriaMet', 'note', 'year'];

interface GroupRatingFormProps {
  groupId: number;
  year: number;
  scale: GroupRatingScale;
  /** The rating already stored for the year: its values are proposed, and its version guards the change. */
  current?: GroupRating;
  onSaved: (rating: GroupRating) => void;
  /** Extra buttons next to the submit button (e.g. cancel in a dialog). */
  onCancel?: () => void;
}

/** A group's rating for one year: a level of the scale, the criteria met and a remark. */
export function GroupRatingForm({ groupId, year, scale, current, onSaved, onCancel }: GroupRatingFormProps) {
  const { t } = useTranslation();
  const [rating, setRating] = useState(current?.rating ?? '');
  const [criteria, setCriteria] = useState<Set<GroupCriterion>>(() => new Set(current?.criteriaMet ?? []));
  const [note, setNote] = useState(current?.note ?? '');
  const [missing, setMissing] = useState(false);
  const rate = useRateGroup(groupId, year);
  const problem = rate.isError ? formProblem(rate.error, t, (field) => FIELDS.includes(field)) : undefined;
  const allCriteria = scale.criteria ?? [];
  const toggle = (criterion: GroupCriterion, on: boolean) =>
    setCriteria((before) => {
      const next = new Set(before);
      if (on) next.add(criterion);
      else next.delete(criterion);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!rating);
    if (!rating) return;
    rate.mutate(
      {
        rating,
        criteriaMet: allCriteria.filter((criterion) => criteria.has(criterion)),
        note: note.trim() || undefined,
        version: current?.version,
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <form className="form form-large" onSubmit={submit} aria-label={t('groupRating.rate')} noValidate>
      <FormProblemMessage problem={problem?.stale ? { ...problem, detail: t('common.staleKept') } : problem} />
      {current && <p className="hint">{t('groupRating.existing', { year, rating: current.rating })}</p>}
      {problem?.fields.year && <p className="field-error">{problem.fields.year}</p>}
      <fieldset className="choices">
        <legend>
          {t('groupRating.level')}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="choice-row">
          {(scale.levels ?? []).map((level) => (
            <label key={level} className="check choice-pill">
              <input type="radio" name={`rating-${groupId}-${year}`} value={level} checked={rating === level} onChange={() => setRating(level)} />
              {level}
            </label>
          ))}
        </div>
        {(missing || problem?.fields.rating) && <p className="field-error">{missing ? t('groupRating.chooseLevel') : problem?.fields.rating}</p>}
      </fieldset>
      <fieldset className="choices">
        <legend>
          {t('groupRating.criteria')} · {t('groupRating.criteriaCount', { met: criteria.size, all: allCriteria.length })}
        </legend>
        {allCriteria.map((criterion) => (
          <label key={criterion} className="check">
            <input type="checkbox" checked={criteria.has(criterion)} onChange={(event) => toggle(criterion, event.target.checked)} />
            {t(`groupCriterion.${criterion}`)}
          </label>
        ))}
        {problem?.fields.criteriaMet && <p className="field-error">{problem.fields.criteriaMet}</p>}
      </fieldset>
      <Field label={t('groupRating.note')} error={problem?.fields.note}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={rate.isPending}>
          {rate.isPending ? t('common.saving') : t('groupRating.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
