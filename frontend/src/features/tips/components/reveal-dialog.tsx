import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { DialogActions, ModalDialog } from '../../../components/modal-dialog';
import { formProblem } from '../../../lib/errors';
import { useRevealInformant } from '../api/reveal-informant';

export const MIN_REASON_LENGTH = 10;

/**
 * Asks why the informant's identity is needed, then shows it once. The server records the reason in the
 * audit trail; closing the dialog forgets the identity.
 */
export function RevealDialog({ tipId, onClose }: { tipId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const reveal = useRevealInformant(tipId);
  const problem = reveal.isError ? formProblem(reveal.error, t, (field) => field === 'reason') : undefined;


  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setShort(text.length < MIN_REASON_LENGTH);
    if (text.length >= MIN_REASON_LENGTH) reveal.mutate(text);
  };

  return (
    <ModalDialog labelledBy="reveal-title" onClose={onClose}>
      <h2 id="reveal-title">{t('tip.revealTitle')}</h2>
      {reveal.isSuccess ? (
        <>
          <p className="banner banner-success">{t('tip.revealed')}</p>
          <dl className="facts informant">
            <div>
              <dt>{t('tip.revealName')}</dt>
              <dd>{reveal.data.name}</dd>
            </div>
            <div>
              <dt>{t('tip.revealContact')}</dt>
              <dd>{reveal.data.contact ?? t('common.none')}</dd>
            </div>
          </dl>
          <div className="actions">
            <button type="button" className="button" onClick={onClose} autoFocus>
              {t('tip.revealClose')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={submit}>
          <p className="banner banner-warning">{t('tip.revealWarning')}</p>
          <FormProblemMessage problem={problem} />
          <Field
            label={t('tip.revealReason')}
            required
            hint={t('tip.revealReasonHint')}
            error={short ? t('tip.revealReasonShort') : problem?.fields.reason}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={1000}
                value={reason}
                autoFocus
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <DialogActions submit={t('tip.revealSubmit')} busy={reveal.isPending} cancel={t('common.cancel')} onCancel={onClose} />
        </form>
      )}
    </ModalDialog>
  );
}
