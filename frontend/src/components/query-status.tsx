import { useTranslation } from 'react-i18next';

/** Loading and failure placeholders for one block of data (the banner shows the failure's details). */
export function QueryStatus({ isPending, isError, onRetry }: { isPending: boolean; isError: boolean; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isError) {
    return (
      <p className="status status-error">
        {t('unit.loadFailed')}{' '}
        {onRetry && (
          <button type="button" className="button button-quiet" onClick={onRetry}>
            {t('unit.retry')}
          </button>
        )}
      </p>
    );
  }
  if (isPending) {
    return (
      <p className="status" role="status">
        {t('unit.loading')}
      </p>
    );
  }
  return null;
}
