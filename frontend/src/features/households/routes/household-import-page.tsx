import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { HOUSEHOLD_AND_GROUP_ROOTS, QUERY_ROOTS } from '../../../lib/query-keys';
import { useHouseholdImport } from '../api/get-household-import';
import { downloadImportTemplate } from '../api/get-import-template';
import { DownloadButtons } from '../components/download-buttons';
import { ImportJobStatus } from '../components/import-job-status';
import { ImportUpload } from '../components/import-upload';

/** The file's column headers, in order: part of the file format, so the same in every language. */
const COLUMNS = [
  'Mã hộ*',
  'Địa chỉ',
  'Số điện thoại',
  'Nhóm số',
  'Họ và tên*',
  'Quan hệ với chủ hộ*',
  'Ngày sinh (dd/mm/yyyy) hoặc năm sinh',
  'Giới tính',
  'Số CCCD',
];

/**
 * Import of a hamlet's households from a file: template, upload, then the job followed every second.
 * The job id is kept in the URL, so a reload keeps following it.
 */
export function HouseholdImportPage({ hamletId, hamletName }: { hamletId: number; hamletName: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job') ?? undefined;
  const job = useHouseholdImport(jobId);
  const status = job.data?.status;

  // Once an import is done, households, groups and coverage counts have changed.
  const refreshed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (status === 'DONE' && jobId && refreshed.current !== jobId) {
      refreshed.current = jobId;
      for (const root of HOUSEHOLD_AND_GROUP_ROOTS) void queryClient.invalidateQueries({ queryKey: [root] });
    }
  }, [status, jobId, queryClient]);

  return (
    <>
      <BackLink to={`/units/${hamletId}`}>{hamletName}</BackLink>
      <section className="card" aria-labelledby="import-title">
        <h1 id="import-title">{t('import.title', { hamlet: hamletName })}</h1>
        <h2>{t('import.templateTitle')}</h2>
        <p>{t('import.templateText')}</p>
        <DownloadButtons label={t('import.templateTitle')} download={downloadImportTemplate} />
        <details className="columns">
          <summary>{t('import.columnsTitle')}</summary>
          <ol>
            {COLUMNS.map((column) => (
              <li key={column}>{column}</li>
            ))}
          </ol>
          <p className="hint">{t('import.columnsHint')}</p>
        </details>
      </section>
      <section className="card" aria-labelledby="import-upload-title">
        <h2 id="import-upload-title">{t('import.uploadTitle')}</h2>
        <ImportUpload
          hamletId={hamletId}
          again={status === 'REJECTED' || status === 'FAILED'}
          onStarted={(started) => {
            if (started.id) {
              queryClient.setQueryData([QUERY_ROOTS.householdImports, started.id], started);
              setParams({ job: started.id }, { replace: true });
            }
          }}
        />
      </section>
      {jobId && !job.data && (
        <QueryStatus isPending={job.isPending} isError={job.isError} onRetry={() => void job.refetch()} />
      )}
      {job.data && <ImportJobStatus job={job.data} />}
    </>
  );
}
