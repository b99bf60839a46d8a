import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../components/progress-bar';
import { formatDateTime } from '../../../lib/dates';
import { formatNumber, progressPercent } from '../../../lib/numbers';
import type { ImportJob } from '../api/create-household-import';

/** Where the import stands: progress while it runs, counts when done, the bad rows when rejected. */
export function ImportJobStatus({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const n = (value?: number) => formatNumber(value, i18n.language);
  const status = job.status ?? 'QUEUED';
  const running = status === 'QUEUED' || status === 'VALIDATING' || status === 'IMPORTING';
  const percent = progressPercent(job.processedRows, job.totalRows);
  return (
    <section className="card" aria-labelledby="import-job-title" aria-live="polite">
      <h2 id="import-job-title">
        {t('import.jobTitle', { file: job.fileName })}
        <span className={`badge badge-import-${status.toLowerCase()}`}>{t(`importStatus.${status}`)}</span>
      </h2>
      {job.createdAt && <p className="hint">{t('import.startedAt', { time: formatDateTime(job.createdAt, i18n.language) })}</p>}
      {running && (
        <ProgressBar
          label={t(`importStatus.${status}`)}
          percent={percent}
          text={t('import.rows', { done: n(job.processedRows), total: n(job.totalRows), percent })}
        />
      )}
      {status === 'DONE' && (
        <>
          <p className="banner banner-success" role="status">
            {t('import.done')}
          </p>
          <dl className="facts">
            <div>
              <dt>{t('import.householdsCreated')}</dt>
              <dd>{n(job.householdsCreated)}</dd>
            </div>
            <div>
              <dt>{t('import.householdsUpdated')}</dt>
              <dd>{n(job.householdsUpdated)}</dd>
            </div>
            <div>
              <dt>{t('import.peopleImported')}</dt>
              <dd>{n(job.peopleImported)}</dd>
            </div>
          </dl>
        </>
      )}
      {status === 'FAILED' && (
        <p className="banner banner-error" role="alert">
          {t('import.failed')}
        </p>
      )}
      {status === 'REJECTED' && <ImportErrors job={job} />}
    </section>
  );
}

function ImportErrors({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const errors = job.errors ?? [];
  const count = job.errorCount ?? errors.length;
  return (
    <>
      <p className="banner banner-error" role="alert">
        {t('import.rejected', { count: formatNumber(count, i18n.language) })}
      </p>
      {count > errors.length && <p className="hint">{t('import.errorsTruncated', { shown: errors.length })}</p>}
      <div className="table-scroll">
        <table className="table import-errors">
          <caption className="visually-hidden">{t('import.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('import.row')}
              </th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={index}>
                <td className="numeric">{error.row}</td>
                <td>{error.column || t('common.none')}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
