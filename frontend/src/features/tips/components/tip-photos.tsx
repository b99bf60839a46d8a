import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { ProgressBar } from '../../../components/progress-bar';
import type { UploadProgress } from '../../../lib/api/files';
import { formProblem } from '../../../lib/errors';
import { progressPercent } from '../../../lib/numbers';
import { useAddTipPhoto } from '../api/create-tip';
import type { TipDetail } from '../api/get-tip';
import { useTipPhotoUrl } from '../api/get-tip-photo';
import { shrinkPhoto } from './shrink-photo';
import { MAX_PHOTOS, PHOTO_TYPES, photoProblems } from './tip-form-model';

function TipPhoto({ tipId, photoId, number }: { tipId: number; photoId: number; number: number }) {
  const { t } = useTranslation();
  const url = useTipPhotoUrl(tipId, photoId);
  const alt = t('tip.photoAlt', { number });
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      <img src={url} alt={alt} className="tip-photo" />
    </a>
  ) : (
    <span className="tip-photo tip-photo-loading" role="img" aria-label={alt} />
  );
}

/** The tip's photos, and a camera button to add one more while there is room. */
export function TipPhotos({ tip, canAdd }: { tip: TipDetail; canAdd: boolean }) {
  const { t } = useTranslation();
  const tipId = tip.summary!.id!;
  const photos = tip.photos ?? [];
  const [progress, setProgress] = useState<UploadProgress>();
  const [local, setLocal] = useState<string>();
  const add = useAddTipPhoto(tipId, setProgress);
  const problem = add.isError ? formProblem(add.error, t, (field) => field === 'file') : undefined;
  return (
    <section className="card" aria-labelledby="tip-photos-title">
      <h2 id="tip-photos-title">
        {t('tip.photosTitle')} <span className="count">{photos.length}</span>
      </h2>
      {photos.length > 0 && (
        <div className="tip-photos">
          {photos.map((photo, index) => (
            <TipPhoto key={photo.id} tipId={tipId} photoId={photo.id!} number={index + 1} />
          ))}
        </div>
      )}
      {canAdd && photos.length < MAX_PHOTOS && (
        <Field label={t('tip.addPhoto')} error={local ?? problem?.fields.file ?? problem?.detail}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept={PHOTO_TYPES.join(',')}
              capture="environment"
              disabled={add.isPending}
              onChange={async (event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                const [reason] = photoProblems([file]);
                if (reason && 'name' in reason) {
                  setLocal(t(reason.key, { name: reason.name }));
                  return;
                }
                setLocal(undefined);
                add.mutate(await shrinkPhoto(file));
              }}
            />
          )}
        </Field>
      )}
      {add.isPending && <ProgressBar label={t('tip.addPhoto')} percent={progressPercent(progress?.loaded, progress?.total)} />}
    </section>
  );
}
