import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { QueryStatus } from '../../../components/query-status';
import { useTip } from '../api/get-tip';
import { useMarkTipRead } from '../api/mark-tip-read';
import { RevealDialog } from '../components/reveal-dialog';
import { TipBadges } from '../components/tip-badges';
import { TipDetails } from '../components/tip-details';
import { TipHistory } from '../components/tip-history';
import { TipMessageForm } from '../components/tip-message-form';
import { TipPhotos } from '../components/tip-photos';
import { TipTriage } from '../components/tip-triage';
import type { FiledState } from './tip-create-page';

interface TipPageProps {
  tipId: number;
  username: string;
  /** A police officer: triage, questions, the informant reveal; otherwise the reporter following the tip. */
  officer: boolean;
}

export function TipPage({ tipId, username, officer }: TipPageProps) {
  const { t } = useTranslation();
  const tip = useTip(tipId);
  const state = useLocation().state as FiledState | null;
  const markRead = useMarkTipRead();
  const [revealing, setRevealing] = useState(false);
  const opened = tip.isSuccess;
  const { mutate: read } = markRead;
  useEffect(() => {
    if (officer && opened) read(tipId);
  }, [officer, opened, read, tipId]);

  if (!tip.isSuccess) {
    return <QueryStatus isPending={tip.isPending} isError={tip.isError} onRetry={() => void tip.refetch()} />;
  }
  const summary = tip.data.summary!;
  const closed = summary.status === 'CLOSED';
  return (
    <>
      <BackLink to="/tips">{officer ? t('tip.inbox') : t('tip.myListTitle')}</BackLink>
      {state?.filed && (
        <p className={state.photosFailed ? 'banner banner-warning' : 'banner banner-success'} role="status">
          {state.photosFailed ? t('tip.photoFailed') : t('tip.filed')}
        </p>
      )}
      <section className="card" aria-labelledby="tip-title">
        <h1 id="tip-title">
          {t('tip.number', { id: summary.id })} · {t(`tipCategory.${summary.category!}`)}
        </h1>
        <p>
          <TipBadges tip={{ ...summary, unread: false }} />
        </p>
        <TipDetails tip={tip.data} />
        {officer && tip.data.hasInformant && (
          <div className="informant-line">
            <p>{t('tip.informantOnRecord')}</p>
            <button type="button" className="button button-quiet" onClick={() => setRevealing(true)}>
              {t('tip.reveal')}
            </button>
          </div>
        )}
      </section>
      <TipPhotos tip={tip.data} canAdd={!closed} />
      {officer && <TipTriage key={summary.version} tip={tip.data} username={username} />}
      <section className="card" aria-labelledby="tip-history-title">
        <h2 id="tip-history-title">{t('tip.history')}</h2>
        <TipHistory events={tip.data.events ?? []} />
        {!closed && <TipMessageForm tipId={tipId} officer={officer} />}
      </section>
      {revealing && <RevealDialog tipId={tipId} onClose={() => setRevealing(false)} />}
    </>
  );
}
