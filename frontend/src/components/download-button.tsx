import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportError } from '../lib/errors';

/** A button that downloads a file through the API client (it needs the bearer token); failures go to the banner. */
export function DownloadButton({ label, download }: { label: string; download: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await download();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button button-quiet" disabled={busy} onClick={() => void start()}>
      {busy ? t('download.busy') : label}
    </button>
  );
}
