import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { formProblem } from '../../../lib/errors';
import { useRevealInformant } from '../api/reveal-informant';

export const MIN_REASON_LENGTH = 10;

/**
 * Asks why the informant's identity is needed, then shows it once. The server records the reason in the
 * audit trail; closing the dialog forgets the identity.
 */
export function RevealDialog({ tipId, onClose }: { tipId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const reveal = useRevealInformant(tipId);
  const problem = reveal.isError ? formProblem(reveal.error, t, (field) => field === 'reason') : undefined;

  // Modal while mounted; the parent unmounts it to close (closing here would fire onClose under StrictMode).
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setShort(text.length < MIN_REASON_LENGTH);
    if (text.length >= MIN_REASON_LENGTH) reveal.mutate(text);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="reveal-title" onClose={onClose} onCancel={onClose}>
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
          <div className="actions">
            <button type="submit" className="button" disabled={reveal.isPending}>
              {t('tip.revealSubmit')}
            </button>
            <button type="button" className="button button-quiet" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
