import { useTranslation } from 'react-i18next';

/**
 * A personal field (phone, citizen ID): what the server sent, "hidden" when the caller may not see it,
 * or a dash when there is none.
 */
export function PersonalValue({ value, hidden }: { value?: string | null; hidden?: boolean }) {
  const { t } = useTranslation();
  if (hidden) return <span className="personal-hidden">{t('common.personalDataHidden')}</span>;
  return <>{value || t('common.none')}</>;
}
