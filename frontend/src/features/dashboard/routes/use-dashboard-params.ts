import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { today } from '../../../lib/dates';
import type { DashboardQuery } from '../api/get-dashboard';
import { periodOfParams, type Period } from '../utils/period';

/**
 * The dashboard's unit and period live in the URL (`unit`, `from`, `to`), so a view can be shared and Back
 * returns to the previous one. No `unit` is the user's own unit; no period is this year so far.
 */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const [day] = useState(() => today());
  const unit = Number(params.get('unit'));
  const unitId = Number.isSafeInteger(unit) && unit > 0 ? unit : undefined;
  const { from, to } = periodOfParams(params, day);
  const query: DashboardQuery = useMemo(() => ({ unitId, from, to }), [unitId, from, to]);

  /** The same view of another unit, keeping the period as the URL has it. */
  const unitSearch = useCallback(
    (id: number) => {
      const next = new URLSearchParams(params);
      next.set('unit', String(id));
      return `?${next}`;
    },
    [params],
  );

  const setPeriod = useCallback(
    (period: Period) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('from', period.from);
        next.set('to', period.to);
        return next;
      }),
    [setParams],
  );

  return { query, today: day, search: params.toString(), unitSearch, setPeriod };
}
