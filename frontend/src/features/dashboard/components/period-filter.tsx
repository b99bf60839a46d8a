import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_PRESETS, periodProblem, presetOf, presetPeriod, type Period, type PeriodPreset } from '../utils/period';

interface PeriodFilterProps {
  period: Period;
  today: string;
  onChange: (period: Period) => void;
}

/**
 * The reporting period: a preset, or two dates applied with a button (typing a date loads nothing).
 * The parent keys it by the period, so Back resets what is shown here.
 */
export function PeriodFilter({ period, today, onChange }: PeriodFilterProps) {
  const { t } = useTranslation();
  const preset = presetOf(period, today);
  const [choice, setChoice] = useState<PeriodPreset | 'custom'>(preset);
  const [draft, setDraft] = useState(period);
  const [problem, setProblem] = useState<ReturnType<typeof periodProblem>>();

  const label = (value: PeriodPreset) => {
    const { from, to } = presetPeriod(value, today);
    const fromYear = from.slice(0, 4);
    return t(`dashboard.period.${value}`, {
      year: fromYear,
      month: `${from.slice(5, 7)}/${fromYear}`,
      fromYear,
      toYear: to.slice(0, 4),
    });
  };

  const choose = (value: PeriodPreset | 'custom') => {
    setChoice(value);
    if (value !== 'custom') onChange(presetPeriod(value, today));
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft);
    setProblem(found);
    if (!found) onChange(draft);
  };

  return (
    <form className="period-filter" onSubmit={apply} noValidate>
      <div className="field">
        <label htmlFor="dashboard-period">{t('dashboard.period.label')}</label>
        <select id="dashboard-period" value={choice} onChange={(event) => choose(event.target.value as PeriodPreset | 'custom')}>
          {PERIOD_PRESETS.map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
          <option value="custom">{t('dashboard.period.custom')}</option>
        </select>
      </div>
      {choice === 'custom' && (
        <>
          <div className={problem ? 'field field-invalid' : 'field'}>
            <label htmlFor="dashboard-from">{t('dashboard.period.from')}</label>
            <input
              id="dashboard-from"
              type="date"
              value={draft.from}
              max={today}
              aria-describedby={problem ? 'dashboard-period-problem' : undefined}
              onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            />
          </div>
          <div className={problem ? 'field field-invalid' : 'field'}>
            <label htmlFor="dashboard-to">{t('dashboard.period.to')}</label>
            <input
              id="dashboard-to"
              type="date"
              value={draft.to}
              aria-describedby={problem ? 'dashboard-period-problem' : undefined}
              onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            />
          </div>
          <button type="submit" className="button">
            {t('dashboard.period.apply')}
          </button>
          {problem && (
            <p id="dashboard-period-problem" className="field-error" role="alert">
              {t(`dashboard.period.problem.${problem}`)}
            </p>
          )}
        </>
      )}
    </form>
  );
}
