import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { formProblem } from '../../../lib/errors';
import { useAddTipMessage } from '../api/triage-tip';

/** An officer's question to the reporter, or the reporter's answer; both go into the history. */
export function TipMessageForm({ tipId, officer }: { tipId: number; officer: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const send = useAddTipMessage(tipId);
  const problem = send.isError ? formProblem(send.error, t, (field) => field === 'text') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    send.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormProblemMessage problem={problem} />
      <Field
        label={officer ? t('tip.ask') : t('tip.reply')}
        hint={officer ? t('tip.askHint') : undefined}
        error={problem?.fields.text}
      >
        {(control) => (
          <textarea {...control} rows={3} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={send.isPending || !text.trim()}>
          {send.isPending ? t('tip.sending') : t('tip.send')}
        </button>
      </div>
    </form>
  );
}
