import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Field } from '../../../components/field';
import { QueryStatus } from '../../../components/query-status';
import { ApiError } from '../../../lib/api/client';
import { describeError } from '../../../lib/errors';
import { usePublicTip } from '../api/get-public-tip';
import { PublicTipView } from '../components/public-tip-view';
import type { FollowState } from './public-file-page';

/** "Follow my tip": the citizen types the tracking code and sees the status and the conversation. */
export function PublicFollowPage() {
  const { t } = useTranslation();
  const handed = (useLocation().state as FollowState | null)?.code;
  const [text, setText] = useState(handed ?? '');
  const [code, setCode] = useState(handed);
  const tip = usePublicTip(code);
  const wrongCode = tip.isError && tip.error instanceof ApiError && tip.error.status === 404;
  const otherError = tip.isError && !wrongCode ? describeError(tip.error, t) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim().toUpperCase();
    if (value) setCode(value);
  };
  return (
    <section className="card" aria-labelledby="public-follow-title">
      <h1 id="public-follow-title">{t('publicTip.followTab')}</h1>
      <form className="form" onSubmit={submit}>
        <Field label={t('publicTip.code')} error={wrongCode ? t('publicTip.notFound') : otherError?.title}>
          {(control) => (
            <input
              {...control}
              className="code-input"
              value={text}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder={t('publicTip.codePlaceholder')}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={!text.trim()}>
            {t('publicTip.find')}
          </button>
        </div>
      </form>
      {code && tip.isPending && <QueryStatus isPending isError={false} />}
      {code && tip.isSuccess && <PublicTipView code={code} tip={tip.data} />}
    </section>
  );
}
