import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { DialogActions, ModalDialog } from '../../../components/modal-dialog';
import { formatDateTime } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useBreakGlass } from '../api/break-glass';

const MIN_REASON = 10;

/** Emergency access: the officer gives the citizen ID and a reason; the server grants a time-limited look and records it. */
export function BreakGlassDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [citizenId, setCitizenId] = useState('');
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const grant = useBreakGlass();
  const problem = grant.isError ? formProblem(grant.error, t, (field) => field === 'citizenId' || field === 'reason') : undefined;


  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setShort(text.length < MIN_REASON);
    if (text.length >= MIN_REASON) grant.mutate({ citizenId: citizenId.replace(/\D/g, ''), reason: text });
  };

  return (
    <ModalDialog labelledBy="break-glass-title" onClose={onClose}>
      <h2 id="break-glass-title">{t('reintegration.breakGlassTitle')}</h2>
      {grant.isSuccess ? (
        <>
          <p className="banner banner-success">
            {t('reintegration.breakGlassGranted', { time: formatDateTime(grant.data.expiresAt!, i18n.language) })}
          </p>
          <ul className="item-list">
            {(grant.data.caseIds ?? []).map((id) => (
              <li key={id}>
                <Link to={`/reintegration-cases/${id}`} className="item-link" onClick={onClose}>
                  <span className="item-title">{t('reintegration.breakGlassCase', { id })}</span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button button-quiet" onClick={onClose}>
              {t('tip.revealClose')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={submit}>
          <p className="banner banner-warning">{t('reintegration.breakGlassWarning')}</p>
          <FormProblemMessage problem={problem} />
          <Field label={t('reintegration.breakGlassCitizenId')} required error={problem?.fields.citizenId}>
            {(control) => (
              <input {...control} inputMode="numeric" autoComplete="off" maxLength={14} value={citizenId} onChange={(event) => setCitizenId(event.target.value)} />
            )}
          </Field>
          <Field
            label={t('reintegration.breakGlassReason')}
            required
            hint={t('reintegration.breakGlassReasonHint')}
            error={short ? t('tip.revealReasonShort') : problem?.fields.reason}
          >
            {(control) => <textarea {...control} rows={3} maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />}
          </Field>
          <DialogActions submit={t('reintegration.breakGlassSubmit')} busy={grant.isPending} cancel={t('common.cancel')} onCancel={onClose} />
        </form>
      )}
    </ModalDialog>
  );
}
