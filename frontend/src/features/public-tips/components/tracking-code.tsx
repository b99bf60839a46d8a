import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The code shown once after filing, large, with a copy button: the only key to the tip. */
export function TrackingCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="tracking-code">
      <p className="tracking-code-label" id="tracking-code-label">
        {t('publicTip.codeLabel')}
      </p>
      <output className="tracking-code-value" aria-labelledby="tracking-code-label">
        {code}
      </output>
      <p className="banner banner-warning">{t('publicTip.codeKeep')}</p>
      {typeof navigator.clipboard?.writeText === 'function' && (
        <div className="actions">
          <button type="button" className="button button-quiet" onClick={() => void copy()}>
            {t('publicTip.copy')}
          </button>
          {copied && <span role="status">{t('publicTip.copied')}</span>}
        </div>
      )}
    </div>
  );
}
