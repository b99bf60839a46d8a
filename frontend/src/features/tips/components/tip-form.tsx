import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { TipCategoryField } from '../../../components/tip-category-field';
import { FormProblemMessage } from '../../../components/form-problem';
import { ProgressBar } from '../../../components/progress-bar';
import type { UploadProgress } from '../../../lib/api/files';
import { localDateTimeNow } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { progressPercent } from '../../../lib/numbers';
import { useCreateTip, type FiledTip } from '../api/create-tip';
import type { TipSource } from '../api/get-tips';
import { HamletField } from '../../../components/hamlet-field';
import { PhotoPicker } from './photo-picker';
import { shrinkPhoto } from './shrink-photo';
import { emptyTipForm, missingFields, photoProblems, toTipCreate, type FieldErrors, type TipFormValues } from './tip-form-model';

const SOURCES: TipSource[] = ['SELF', 'INFORMANT', 'ANONYMOUS'];
const FORM_FIELDS = new Set(['hamletId', 'category', 'occurredAt', 'locationText', 'description', 'source', 'informantName', 'informantContact']);

interface TipFormProps {
  /** The hamlet of a hamlet or group leader: no choice to make. */
  ownHamlet?: { id: number; name: string };
  onFiled: (result: FiledTip) => void;
}

/** Filing a tip from a phone: large fields, the camera for photos, the informant protected. */
export function TipForm({ ownHamlet, onFiled }: TipFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TipFormValues>(() => emptyTipForm(ownHamlet?.id));
  const [photos, setPhotos] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [preparing, setPreparing] = useState(false);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [upload, setUpload] = useState<{ number: number; total: number; progress?: UploadProgress }>();
  const create = useCreateTip((number, total, progress) => setUpload({ number, total, progress }));
  const problem = create.isError ? formProblem(create.error, t, (field) => FORM_FIELDS.has(field)) : undefined;
  const busy = preparing || create.isPending;
  const set = (change: Partial<TipFormValues>) => setValues((current) => ({ ...current, ...change }));
  const fieldError = (field: keyof FieldErrors) => (errors[field] ? t(errors[field]) : problem?.fields[field]);

  const locate = () => {
    if (!navigator.geolocation) {
      setLocating('failed');
      return;
    }
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        set({ position: { latitude: coords.latitude, longitude: coords.longitude } });
        setLocating('idle');
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(values);
    setErrors(missing);
    if (Object.keys(missing).length > 0 || photoProblems(photos).length > 0) return;
    setUpload(undefined);
    setPreparing(true);
    const shrunk = await Promise.all(photos.map(shrinkPhoto)).finally(() => setPreparing(false));
    create.mutate({ body: toTipCreate(values), photos: shrunk }, { onSuccess: onFiled });
  };

  return (
    <form className="form form-large" onSubmit={(event) => void submit(event)} noValidate>
      <FormProblemMessage problem={problem} />
      {ownHamlet ? (
        <p className="current-group">
          {t('tip.hamlet')}: {ownHamlet.name}
        </p>
      ) : (
        <HamletField value={values.hamletId} onChange={(hamletId) => set({ hamletId })} error={fieldError('hamletId')} />
      )}
      <TipCategoryField value={values.category} onChange={(category) => set({ category })} error={fieldError('category')} />
      <Field label={t('tip.occurredAt')} required={!values.occurredUnknown} error={fieldError('occurredAt')}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            max={localDateTimeNow()}
            value={values.occurredAt}
            disabled={values.occurredUnknown}
            onChange={(event) => set({ occurredAt: event.target.value })}
          />
        )}
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={values.occurredUnknown}
          onChange={(event) => set({ occurredUnknown: event.target.checked })}
        />
        {t('tip.occurredUnknown')}
      </label>
      <Field label={t('tip.location')} error={problem?.fields.locationText}>
        {(control) => (
          <input
            {...control}
            value={values.locationText}
            maxLength={500}
            placeholder={t('tip.locationPlaceholder')}
            onChange={(event) => set({ locationText: event.target.value })}
          />
        )}
      </Field>
      <div className="position">
        {values.position ? (
          <>
            <span>
              {t('tip.coordinates')}: {values.position.latitude.toFixed(5)}, {values.position.longitude.toFixed(5)}
            </span>
            <button type="button" className="button button-quiet" onClick={() => set({ position: undefined })}>
              {t('tip.removePosition')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-quiet" onClick={locate} disabled={locating === 'busy'}>
            {locating === 'busy' ? t('tip.locating') : t('tip.useMyPosition')}
          </button>
        )}
        {locating === 'failed' && <p className="field-hint">{t('tip.positionFailed')}</p>}
      </div>
      <Field label={t('tip.description')} required hint={t('tip.descriptionHint')} error={fieldError('description')}>
        {(control) => (
          <textarea
            {...control}
            rows={6}
            maxLength={4000}
            value={values.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      <fieldset className="choices">
        <legend>{t('tip.source')}</legend>
        {SOURCES.map((source) => (
          <label key={source} className="check">
            <input
              type="radio"
              name="source"
              value={source}
              checked={values.source === source}
              onChange={() => set({ source })}
            />
            {t(`tipSource.${source}`)}
          </label>
        ))}
      </fieldset>
      {values.source === 'INFORMANT' && (
        <>
          <Field label={t('tip.informantName')} required hint={t('tip.informantHint')} error={fieldError('informantName')}>
            {(control) => (
              <input
                {...control}
                value={values.informantName}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => set({ informantName: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('tip.informantContact')} error={problem?.fields.informantContact}>
            {(control) => (
              <input
                {...control}
                value={values.informantContact}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => set({ informantContact: event.target.value })}
              />
            )}
          </Field>
        </>
      )}
      <PhotoPicker photos={photos} onChange={setPhotos} disabled={busy} />
      {create.isPending && upload && (
        <ProgressBar
          label={t('tip.uploadingPhoto', { number: upload.number, total: upload.total })}
          percent={progressPercent(upload.progress?.loaded, upload.progress?.total)}
        />
      )}
      <button type="submit" className="button button-wide" disabled={busy}>
        {busy ? t('tip.sending') : t('tip.submit')}
      </button>
    </form>
  );
}
