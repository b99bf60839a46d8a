import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../components/query-status';
import { useMe } from '../features/me/api/get-me';
import { UnitPage } from '../features/units/routes/unit-page';

/** Home: the hierarchy rooted at the user's own unit. */
export function HomeRoute() {
  const me = useMe();
  const unitId = me.data?.unit?.id;
  if (unitId === undefined) {
    return <QueryStatus isPending={me.isPending} isError={me.isError} onRetry={() => void me.refetch()} />;
  }
  return <UnitPage unitId={unitId} rootUnitId={unitId} />;
}

export function UnitRoute() {
  const id = Number(useParams().id);
  const me = useMe();
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFoundRoute />;
  return <UnitPage unitId={id} rootUnitId={me.data?.unit?.id} />;
}

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <Link to="/" className="button">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
