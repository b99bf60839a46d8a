import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import type { FileFormat } from '../api/export-households';

const FORMATS: FileFormat[] = ['csv', 'xlsx'];

/** CSV and Excel buttons for the same list. */
export function DownloadButtons({ label, download }: { label: string; download: (format: FileFormat) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <div className="actions" role="group" aria-label={label}>
      {FORMATS.map((format) => (
        <DownloadButton key={format} label={t(`download.${format}`)} download={() => download(format)} />
      ))}
    </div>
  );
}
