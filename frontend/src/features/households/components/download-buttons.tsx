import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportError } from '../../../lib/errors';
import type { FileFormat } from '../api/export-households';

const FORMATS: FileFormat[] = ['csv', 'xlsx'];

/** CSV and Excel buttons; the file comes through the API client (it needs the bearer token). */
export function DownloadButtons({ label, download }: { label: string; download: (format: FileFormat) => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<FileFormat | undefined>();
  const start = async (format: FileFormat) => {
    setBusy(format);
    try {
      await download(format);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="actions" role="group" aria-label={label}>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button-quiet"
          disabled={busy !== undefined}
          onClick={() => void start(format)}
        >
          {busy === format ? t('download.busy') : t(`download.${format}`)}
        </button>
      ))}
    </div>
  );
}
