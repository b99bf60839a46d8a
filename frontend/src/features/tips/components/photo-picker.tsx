import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { MAX_PHOTOS, PHOTO_TYPES, photoProblems } from './tip-form-model';

interface PhotoPickerProps {
  photos: File[];
  onChange: (photos: File[]) => void;
  disabled?: boolean;
}

/** Photos from the phone's camera (or its gallery), listed with a button to drop each before sending. */
export function PhotoPicker({ photos, onChange, disabled }: PhotoPickerProps) {
  const { t } = useTranslation();
  const problems = photoProblems(photos);
  const error =
    problems.length > 0
      ? problems.map((problem) => ('name' in problem ? t(problem.key, { name: problem.name }) : t(problem.key, { count: MAX_PHOTOS }))).join(' ')
      : undefined;
  return (
    <Field label={t('tip.photos')} hint={t('tip.photosHint', { count: MAX_PHOTOS })} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            type="file"
            accept={PHOTO_TYPES.join(',')}
            capture="environment"
            multiple
            disabled={disabled}
            onChange={(event) => {
              const chosen = Array.from(event.target.files ?? []);
              event.target.value = '';
              onChange([...photos, ...chosen]);
            }}
          />
          {photos.length > 0 && (
            <ul className="item-list photo-list">
              {photos.map((photo, index) => (
                <li key={`${photo.name}-${index}`} className="item photo-item">
                  <span>{photo.name}</span>
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={disabled}
                    onClick={() => onChange(photos.filter((_, other) => other !== index))}
                  >
                    {t('tip.removePhoto', { name: photo.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Field>
  );
}
