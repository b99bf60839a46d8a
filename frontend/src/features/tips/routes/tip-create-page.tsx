import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { TipForm } from '../components/tip-form';

/** State handed to the tip's page after filing, for its confirmation. */
export interface FiledState {
  filed: true;
  photosFailed: boolean;
}

export function TipCreatePage({ ownHamlet }: { ownHamlet?: { id: number; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to="/tips">{t('nav.tips')}</BackLink>
      <section className="card" aria-labelledby="tip-create-title">
        <h1 id="tip-create-title">{t('tip.fileTitle')}</h1>
        <TipForm
          ownHamlet={ownHamlet}
          onFiled={({ tip, photosFailed }) =>
            void navigate(`/tips/${tip.summary!.id}`, { state: { filed: true, photosFailed } satisfies FiledState })
          }
        />
      </section>
    </>
  );
}
