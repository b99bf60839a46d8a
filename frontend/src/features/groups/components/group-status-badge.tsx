import { useTranslation } from 'react-i18next';
import type { GroupStatus } from '../api/get-groups';

export function GroupStatusBadge({ status }: { status?: GroupStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge badge-status-${status.toLowerCase()}`}>{t(`groupStatus.${status}`)}</span>;
}
