import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../api/get-groups';

type Warning = NonNullable<GroupSummary['warnings']>[number];

function useWarningLabel() {
  const { t } = useTranslation();
  return (warning: Warning) =>
    warning.code === 'group-size-below-range'
      ? t('group.warning.belowRange')
      : warning.code === 'group-size-above-range'
        ? t('group.warning.aboveRange')
        : t('group.warning.other');
}

/** Compact: one badge per warning (in lists). The server's explanation is the tooltip. */
export function GroupWarningBadges({ warnings }: { warnings?: Warning[] }) {
  const label = useWarningLabel();
  if (!warnings?.length) return null;
  return (
    <>
      {warnings.map((warning) => (
        <span key={warning.code} className="badge badge-warning" title={warning.message}>
          <span aria-hidden="true">⚠ </span>
          {label(warning)}
        </span>
      ))}
    </>
  );
}

/** In full: the warning and the server's explanation (e.g. the recommended number of households). */
export function GroupWarnings({ warnings }: { warnings?: Warning[] }) {
  const label = useWarningLabel();
  if (!warnings?.length) return null;
  return (
    <ul className="warnings">
      {warnings.map((warning) => (
        <li key={warning.code} className="warning">
          <span aria-hidden="true">⚠ </span>
          <strong>{label(warning)}</strong>
          {warning.message && <> — {warning.message}</>}
        </li>
      ))}
    </ul>
  );
}
