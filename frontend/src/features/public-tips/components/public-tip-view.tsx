import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import type { TipStatus } from '../../../lib/api/tip-enums';
import { formatDateTime } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useAddPublicTipMessage, type PublicTipView as View } from '../api/get-public-tip';

/** What the citizen sees with the code: status, place, and the conversation with the police (no names). */
export function PublicTipView({ code, tip }: { code: string; tip: View }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const send = useAddPublicTipMessage(code);
  const problem = send.isError ? formProblem(send.error, t, (field) => field === 'text') : undefined;
  const closed = tip.status === 'CLOSED';
  const messages = (tip.messages ?? []).filter((message) => message.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) send.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('publicTip.status')}</dt>
          <dd>{t(`tipStatus.${tip.status!}`)}</dd>
        </div>
        <div>
          <dt>{t('tip.category')}</dt>
          <dd>{t(`tipCategory.${tip.category!}`)}</dd>
        </div>
        <div>
          <dt>{t('publicTip.place')}</dt>
          <dd>
            {tip.hamletName}, {tip.communeName}
          </dd>
        </div>
        <div>
          <dt>{t('publicTip.filedAt')}</dt>
          <dd>{formatDateTime(tip.createdAt!, i18n.language)}</dd>
        </div>
      </dl>
      <h2>{t('publicTip.conversation')}</h2>
      {messages.length === 0 ? (
        <p className="status">{t('publicTip.noMessages')}</p>
      ) : (
        <ol className="item-list conversation" aria-label={t('publicTip.conversation')}>
          {messages.map((message, index) => (
            <li key={index} className={`item message-${message.from === 'POLICE' ? 'police' : 'citizen'}`}>
              <span className="item-title">
                {message.from === 'POLICE' ? t('publicTip.fromPolice') : t('publicTip.fromCitizen')}
              </span>
              <span className="item-meta">{formatDateTime(message.at!, i18n.language)}</span>
              <p className="notes">
                {message.kind === 'STATUS'
                  ? t('publicTip.statusChanged', { status: t(`tipStatus.${message.text as TipStatus}`) })
                  : message.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      {closed ? (
        <p className="hint">{t('publicTip.closed')}</p>
      ) : (
        <form className="form" onSubmit={submit}>
          <FormProblemMessage problem={problem} />
          <Field label={t('publicTip.add')} error={problem?.fields.text}>
            {(control) => (
              <textarea {...control} rows={4} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
            )}
          </Field>
          {send.isSuccess && !text && <p role="status">{t('publicTip.sent')}</p>}
          <div className="actions">
            <button type="submit" className="button" disabled={send.isPending || !text.trim()}>
              {send.isPending ? t('publicTip.sending') : t('publicTip.send')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
