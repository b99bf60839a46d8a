import type { ReactNode } from 'react';
import { Field } from './field';

/** The years a person may pick, newest first: this year back `count` years, never before `from`. */
export function recentYears(count = 10, from = 2000, now = new Date()): number[] {
  const current = now.getFullYear();
  const oldest = Math.max(from, current - count + 1);
  return Array.from({ length: Math.max(0, current - oldest + 1) }, (_, index) => current - index);
}

interface YearFieldProps {
  label: ReactNode;
  value: number;
  years: number[];
  onChange: (year: number) => void;
  disabled?: boolean;
  hint?: ReactNode;
}

/** A year chosen from a short list, newest first (the year a register or evaluation is about). */
export function YearField({ label, value, years, onChange, disabled, hint }: YearFieldProps) {
  const options = years.includes(value) ? years : [value, ...years];
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <select {...control} className="year-select" value={value} disabled={disabled} onChange={(event) => onChange(Number(event.target.value))}>
          {options.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
