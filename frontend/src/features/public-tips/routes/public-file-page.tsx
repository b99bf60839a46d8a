import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicTipCreated } from '../api/create-public-tip';
import { PublicTipForm } from '../components/public-tip-form';
import { TrackingCode } from '../components/tracking-code';

/** State handed to the follow page: the code travels in memory, never in the URL or the history. */
export interface FollowState {
  code: string;
}

export function PublicFilePage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<PublicTipCreated>();
  if (created?.trackingCode) {
    return (
      <section className="card" aria-labelledby="public-filed-title">
        <h1 id="public-filed-title">{t('publicTip.filedTitle')}</h1>
        <TrackingCode code={created.trackingCode} />
        <div className="actions">
          <Link to="/bao-tin/theo-doi" state={{ code: created.trackingCode } satisfies FollowState} className="button">
            {t('publicTip.followNow')}
          </Link>
          <button type="button" className="button button-quiet" onClick={() => setCreated(undefined)}>
            {t('publicTip.fileAnother')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="public-file-title">
      <h1 id="public-file-title">{t('publicTip.title')}</h1>
      <p>{t('publicTip.intro')}</p>
      <p className="banner banner-warning">{t('publicTip.emergency')}</p>
      <PublicTipForm onFiled={(answer) => {
        setCreated(answer);
        window.scrollTo(0, 0);
      }} />
    </section>
  );
}
