import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/client';
import { describeError, dismissError, useReportedError } from '../lib/errors';

/** The one place where failures are shown: title and detail of the server's problem+json. */
export function ErrorBanner({ onLogin }: { onLogin?: () => void }) {
  const { t } = useTranslation();
  const error = useReportedError();
  if (!error) return null;
  const { title, detail, fields } = describeError(error, t);
  const expired = error instanceof ApiError && error.status === 401;
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <strong>{title}</strong>
        {detail && <p>{detail}</p>}
        {fields.length > 0 && (
          <ul>
            {fields.map((field, index) => (
              <li key={index}>{[field.field, field.message].filter(Boolean).join(': ')}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="banner-actions">
        {expired && onLogin && (
          <button type="button" className="button" onClick={onLogin}>
            {t('error.loginAgain')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={dismissError}>
          {t('error.dismiss')}
        </button>
      </div>
    </div>
  );
}
