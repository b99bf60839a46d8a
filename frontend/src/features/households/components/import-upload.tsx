import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { ProgressBar } from '../../../components/progress-bar';
import type { UploadProgress } from '../../../lib/api/files';
import { formProblem } from '../../../lib/errors';
import { progressPercent } from '../../../lib/numbers';
import { useCreateHouseholdImport, type ImportJob } from '../api/create-household-import';
import { IMPORT_ACCEPT, importFileProblem } from './import-file';

interface ImportUploadProps {
  hamletId: number;
  /** The server accepted the file: follow the job. */
  onStarted: (job: ImportJob) => void;
  /** Label of the button: "upload", or "upload the fixed file" after a rejected file. */
  again: boolean;
}

/** Chooses a CSV or XLSX file and uploads it, showing how much has been sent. */
export function ImportUpload({ hamletId, onStarted, again }: ImportUploadProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | undefined>();
  const [local, setLocal] = useState<string | undefined>();
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const upload = useCreateHouseholdImport(hamletId, setProgress);
  const problem = upload.isError ? formProblem(upload.error, t, (field) => field === 'file') : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setLocal(t('import.chooseFile'));
      return;
    }
    const reason = importFileProblem(file);
    if (reason) {
      setLocal(t(`import.fileProblem.${reason}`));
      return;
    }
    setLocal(undefined);
    setProgress(undefined);
    const form = event.currentTarget;
    upload.mutate(file, {
      onSuccess: (job) => {
        form.reset();
        setFile(undefined);
        onStarted(job);
      },
    });
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field label={t('import.file')} error={local ?? problem?.fields.file} hint={t('import.fileHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={IMPORT_ACCEPT}
            onChange={(event) => {
              setLocal(undefined);
              setFile(event.target.files?.[0]);
            }}
          />
        )}
      </Field>
      {upload.isPending && (
        <ProgressBar label={t('import.uploading')} percent={progressPercent(progress?.loaded, progress?.total)} />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t('import.uploading') : again ? t('import.uploadFixed') : t('import.upload')}
        </button>
      </div>
    </form>
  );
}
