import type { ParseKeys } from 'i18next';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { QueryStatus } from '../components/query-status';
import { CoverageSection } from '../features/coverage/components/coverage-section';
import { HamletGroups } from '../features/groups/components/hamlet-groups';
import { GroupCreatePage } from '../features/groups/routes/group-create-page';
import { GroupPage } from '../features/groups/routes/group-page';
import { UnitHouseholds } from '../features/households/components/unit-households';
import { HouseholdCreatePage } from '../features/households/routes/household-create-page';
import { HouseholdEditPage } from '../features/households/routes/household-edit-page';
import { HouseholdImportPage } from '../features/households/routes/household-import-page';
import { HouseholdPage } from '../features/households/routes/household-page';
import { HouseholdsPage } from '../features/households/routes/households-page';
import { ActivityFigureCards } from '../features/activities/components/activity-figure-cards';
import { GroupCommitmentsSection, GroupMeetingsSection } from '../features/activities/components/group-activities';
import { HamletActivitiesSection } from '../features/activities/components/hamlet-activities';
import { MeetingCreatePage, PatrolCreatePage, PropagandaCreatePage } from '../features/activities/routes/activity-pages';
import { CulturalFamiliesSection } from '../features/evaluations/components/cultural-families-section';
import { GroupRatingsSection } from '../features/evaluations/components/group-ratings-section';
import { SafetyStandardsSection } from '../features/evaluations/components/safety-standards-section';
import { UnitGroupRatingsSection } from '../features/evaluations/components/unit-group-ratings-section';
import { GroupFundSection } from '../features/fund/components/fund-section';
import { useGroup } from '../features/groups/api/get-group';
import { KeyAreasSection } from '../features/key-areas/components/key-areas-section';
import { RecognitionsSection } from '../features/recognitions/components/recognitions-section';
import { GroupMediationSection } from '../features/mediation/components/group-mediation-section';
import { MediationFigureCards } from '../features/mediation/components/mediation-figures';
import { MediationCasePage } from '../features/mediation/routes/mediation-case-page';
import { MediationCreatePage } from '../features/mediation/routes/mediation-create-page';
import { MediationQueuePage } from '../features/mediation/routes/mediation-queue-page';
import { useMe } from '../features/me/api/get-me';
import { ReintegrationFiguresSection } from '../features/reintegration/components/reintegration-figures';
import {
  ReintegrationCasePage,
  ReintegrationCasesPage,
  ReintegrationCreatePage,
} from '../features/reintegration/routes/reintegration-pages';
import { exportTips } from '../features/tips/api/export-tips';
import { TipFiguresSection } from '../features/tips/components/tip-figures-section';
import { TipCreatePage } from '../features/tips/routes/tip-create-page';
import { TipPage } from '../features/tips/routes/tip-page';
import { TipsPage } from '../features/tips/routes/tips-page';
import { useUnit } from '../features/units/api/get-unit';
import type { Unit } from '../features/units/api/paging';
import { UnitPage } from '../features/units/routes/unit-page';
import { DownloadButton } from '../components/download-button';
import { ErrorBanner } from '../components/error-banner';
import { useAuth } from '../lib/auth';
import { can, useAuthorization, type Role } from '../lib/authorization';
import type { MediatorRole } from '../features/mediation/api/get-mediation-cases';

/**
 * What the other features show on a unit's page: a hamlet's groups, activities, cultural families, group ratings
 * and households; for a commune, district or province its coverage by active groups, figures, group ratings and,
 * for officers, the communes' safety standard; on every level the key areas (officers) and recognitions.
 */
function useUnitSections(): (unit: Unit) => ReactNode {
  const { roles } = useAuth();
  const ownUnitId = useMe().data?.unit?.id;
  const officer = can(roles, 'canTriageTips');
  // Group leaders record patrols and propaganda from their group's page (the record carries the group).
  const hamletRecorder = can(roles, 'canEditHouseholds');
  const seesRecords = can(roles, 'canSeeUnitRecords');
  return (unit) => {
    const id = unit.id!;
    if (!seesRecords) return unit.level === 'HAMLET' ? null : <CoverageSection unitId={id} />;
    const registers = (
      <>
        {can(roles, 'canKeepKeyAreas') && (
          <KeyAreasSection
            unit={{ id, name: unit.name ?? '', canHoldAreas: unit.level === 'COMMUNE' || unit.level === 'HAMLET' }}
            canWrite
          />
        )}
        {can(roles, 'canSeeRecognitions') && (
          <RecognitionsSection unit={{ id, name: unit.name ?? '', level: unit.level }} canWrite={can(roles, 'canRecordRecognitions')} />
        )}
      </>
    );
    if (unit.level === 'HAMLET') {
      return (
        <>
          <HamletGroups hamletId={id} />
          <ActivityFiguresSection unitId={id} />
          <HamletActivitiesSection hamletId={id} canWrite={hamletRecorder} />
          {can(roles, 'canSeeCulturalFamilies') && (
            <CulturalFamiliesSection hamletId={id} canWrite={can(roles, 'canRateCulturalFamilies')} />
          )}
          {can(roles, 'canSeeUnitGroupRatings') && <UnitGroupRatingsSection unitId={id} canRate={can(roles, 'canRateGroups')} />}
          {registers}
          <UnitHouseholds unitId={id} isHamlet />
        </>
      );
    }
    return (
      <>
        <CoverageSection unitId={id} />
        {officer && <TipFiguresSection unitId={id} />}
        <ActivityFiguresSection unitId={id} />
        {officer && <ReintegrationFiguresSection unitId={id} />}
        {can(roles, 'canSeeUnitGroupRatings') && <UnitGroupRatingsSection unitId={id} canRate={can(roles, 'canRateGroups')} />}
        {can(roles, 'canSeeSafetyStandards') && (
          <SafetyStandardsSection unitId={id} canDecide={can(roles, 'canDecideSafetyStandards')} ownUnitId={ownUnitId} />
        )}
        {registers}
        <UnitHouseholds unitId={id} isHamlet={false} />
      </>
    );
  };
}

/** This year's mediation and group-activity figures of a unit, from the two features. */
function ActivityFiguresSection({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={`activity-figures-${unitId}`}>
      <h2 id={`activity-figures-${unitId}`}>{t('activityFigures.title')}</h2>
      <MediationFigureCards unitId={unitId} />
      <ActivityFigureCards unitId={unitId} />
    </section>
  );
}

/** Home: the hierarchy rooted at the user's own unit. */
export function HomeRoute() {
  const { can: allowed } = useAuthorization();
  const me = useMe();
  const unitSections = useUnitSections();
  const unitId = me.data?.unit?.id;
  if (unitId === undefined) {
    return <QueryStatus isPending={me.isPending} isError={me.isError} onRetry={() => void me.refetch()} />;
  }
  // The Ministry compares provinces: its home is the dashboard, not a unit's records.
  if (!allowed('canSeeUnitRecords')) return <Navigate to="/dashboard" replace />;
  return <UnitPage unitId={unitId} rootUnitId={unitId} sections={unitSections} />;
}

// The dashboard and its charts (ECharts) load only when opened: phones of group leaders never fetch them.
const DashboardPage = lazy(() => import('../features/dashboard/routes/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const DashboardPrintPage = lazy(() =>
  import('../features/dashboard/routes/dashboard-print-page').then((m) => ({ default: m.DashboardPrintPage })),
);

function Loading() {
  return <QueryStatus isPending isError={false} />;
}

export function DashboardRoute() {
  const { can } = useAuthorization();
  if (!can('canSeeDashboard')) return <ForbiddenRoute message="dashboard.forbidden" />;
  return (
    <Suspense fallback={<Loading />}>
      <DashboardPage />
    </Suspense>
  );
}

export function DashboardPrintRoute() {
  const { can } = useAuthorization();
  const { logout } = useAuth();
  return (
    <main className="page page-print">
      <ErrorBanner onLogin={logout} />
      {can('canSeeDashboard') ? (
        <Suspense fallback={<Loading />}>
          <DashboardPrintPage />
        </Suspense>
      ) : (
        <ForbiddenRoute message="dashboard.forbidden" />
      )}
    </main>
  );
}

/** The numeric id in the URL, or undefined when it is not one. */
function useIdParam(name = 'id'): number | undefined {
  const id = Number(useParams()[name]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function UnitRoute() {
  const id = useIdParam();
  const me = useMe();
  const unitSections = useUnitSections();
  if (id === undefined) return <NotFoundRoute />;
  return <UnitPage unitId={id} rootUnitId={me.data?.unit?.id} sections={unitSections} />;
}

interface WithUnitProps {
  hamletOnly?: boolean;
  children: (unit: Unit & { id: number }) => ReactNode;
}

/** Loads the unit of the URL for pages that need its name (and, for hamlet-only pages, checks its level). */
function WithUnit(props: WithUnitProps) {
  const id = useIdParam();
  return id === undefined ? <NotFoundRoute /> : <LoadedUnit key={id} id={id} {...props} />;
}

function LoadedUnit({ id, hamletOnly, children }: WithUnitProps & { id: number }) {
  const unit = useUnit(id);
  if (!unit.isSuccess) {
    return <QueryStatus isPending={unit.isPending} isError={unit.isError} onRetry={() => void unit.refetch()} />;
  }
  if (hamletOnly && unit.data.level !== 'HAMLET') return <NotFoundRoute />;
  return children({ ...unit.data, id });
}

export function HouseholdsRoute() {
  return (
    <WithUnit>
      {(unit) => <HouseholdsPage unitId={unit.id} unitName={unit.name ?? ''} isHamlet={unit.level === 'HAMLET'} />}
    </WithUnit>
  );
}

export function HouseholdCreateRoute() {
  return <WithUnit hamletOnly>{(unit) => <HouseholdCreatePage hamletId={unit.id} hamletName={unit.name ?? ''} />}</WithUnit>;
}

export function HouseholdImportRoute() {
  return <WithUnit hamletOnly>{(unit) => <HouseholdImportPage hamletId={unit.id} hamletName={unit.name ?? ''} />}</WithUnit>;
}

export function GroupCreateRoute() {
  return <WithUnit hamletOnly>{(unit) => <GroupCreatePage hamletId={unit.id} hamletName={unit.name ?? ''} />}</WithUnit>;
}

export function GroupRoute() {
  const id = useIdParam();
  const { can } = useAuthorization();
  const recorder = can('canRecordActivities');
  if (id === undefined) return <NotFoundRoute />;
  return (
    <GroupPage
      key={id}
      groupId={id}
      sections={(group) => {
        const active = group.status === 'ACTIVE' && recorder;
        const ref = { id, hamletId: group.hamletId! };
        return (
          <>
            <GroupMeetingsSection group={ref} canWrite={active} />
            <GroupMediationSection groupId={id} canWrite={active} />
            <GroupCommitmentsSection groupId={id} canWrite={active} />
            {can('canSeeGroupRatings') && (
              <GroupRatingsSection group={{ id, name: group.name ?? '', foundedOn: group.foundedOn }} canRate={can('canRateGroups')} />
            )}
            {can('canKeepGroupFund') && <GroupFundSection group={{ id, foundedOn: group.foundedOn }} canWrite />}
          </>
        );
      }}
    />
  );
}

/** Loads the group of the URL for the pages that record something for it. */
function WithGroup({ children }: { children: (group: NonNullable<ReturnType<typeof useGroup>['data']>) => ReactNode }) {
  const id = useIdParam();
  const group = useGroup(id ?? 0);
  const { can } = useAuthorization();
  if (id === undefined || !can('canRecordActivities')) return <NotFoundRoute />;
  if (!group.isSuccess) {
    return <QueryStatus isPending={group.isPending} isError={group.isError} onRetry={() => void group.refetch()} />;
  }
  return children(group.data);
}

export function MeetingCreateRoute() {
  return (
    <WithGroup>
      {(group) => (
        <MeetingCreatePage group={{ id: group.id!, name: group.name ?? '', households: group.households ?? [] }} />
      )}
    </WithGroup>
  );
}

const MEDIATOR_ROLE_OF: Partial<Record<Role, MediatorRole>> = { 'group-leader': 'GROUP_LEADER', 'hamlet-leader': 'HAMLET_LEADER' };

export function MediationCreateRoute() {
  const me = useMe();
  const { roles } = useAuthorization();
  const role = (roles[0] && MEDIATOR_ROLE_OF[roles[0]]) ?? 'OTHER';
  return (
    <WithGroup>
      {(group) => (
        <MediationCreatePage
          group={{ id: group.id!, name: group.name ?? '', hamletId: group.hamletId! }}
          firstMediator={{ role, name: me.data?.displayName ?? '' }}
        />
      )}
    </WithGroup>
  );
}

export function MediationCaseRoute() {
  const id = useIdParam();
  const { can } = useAuthorization();
  return id === undefined ? <NotFoundRoute /> : <MediationCasePage key={id} caseId={id} canWrite={can('canRecordActivities')} />;
}

export function MediationQueueRoute() {
  const { can } = useAuthorization();
  return can('canWorkEscalations') ? <MediationQueuePage /> : <NotFoundRoute />;
}

export function PatrolCreateRoute() {
  return <WithUnit hamletOnly>{(unit) => <PatrolCreatePage hamlet={{ id: unit.id, name: unit.name ?? '' }} />}</WithUnit>;
}

export function PropagandaCreateRoute() {
  return <WithUnit hamletOnly>{(unit) => <PropagandaCreatePage hamlet={{ id: unit.id, name: unit.name ?? '' }} />}</WithUnit>;
}

export function HouseholdRoute() {
  const id = useIdParam();
  return id === undefined ? <NotFoundRoute /> : <HouseholdPage key={id} householdId={id} />;
}

export function HouseholdEditRoute() {
  const id = useIdParam();
  return id === undefined ? <NotFoundRoute /> : <HouseholdEditPage key={id} householdId={id} />;
}

export function TipsRoute() {
  const { username } = useAuth();
  const { can } = useAuthorization();
  const { t } = useTranslation();
  return (
    <TipsPage
      username={username}
      officer={can('canTriageTips')}
      canFile={can('canFileTips')}
      exportButton={(filter) => <DownloadButton label={t('tip.export')} download={() => exportTips(filter)} />}
    />
  );
}

/** Hamlet and group leaders file for their own hamlet; officers choose one of their area. */
export function TipCreateRoute() {
  const me = useMe();
  const { can } = useAuthorization();
  if (!can('canFileTips')) return <NotFoundRoute />;
  const unit = me.data?.unit;
  if (!unit) return <QueryStatus isPending={me.isPending} isError={me.isError} onRetry={() => void me.refetch()} />;
  const ownHamlet = unit.level === 'HAMLET' && unit.id != null ? { id: unit.id, name: unit.name ?? '' } : undefined;
  return <TipCreatePage ownHamlet={ownHamlet} />;
}

export function TipRoute() {
  const id = useIdParam();
  const { username } = useAuth();
  const { can } = useAuthorization();
  return id === undefined ? <NotFoundRoute /> : <TipPage key={id} tipId={id} username={username} officer={can('canTriageTips')} />;
}

export function ReintegrationCasesRoute() {
  const { can, roles } = useAuthorization();
  if (!can('canRecordActivities')) return <NotFoundRoute />;
  return <ReintegrationCasesPage officer={can('canTriageTips')} auditor={roles.includes('province-officer')} />;
}

export function ReintegrationCreateRoute() {
  const { can } = useAuthorization();
  return can('canTriageTips') ? <ReintegrationCreatePage /> : <NotFoundRoute />;
}

export function ReintegrationCaseRoute() {
  const id = useIdParam();
  return id === undefined ? <NotFoundRoute /> : <ReintegrationCasePage key={id} caseId={id} />;
}

/** A page the user's role may not open: says so, and leads home. */
export function ForbiddenRoute({ message }: { message: ParseKeys }) {
  const { t } = useTranslation();
  return (
    <section className="card" role="alert">
      <h1>{t('error.forbidden')}</h1>
      <p>{t(message)}</p>
      <Link to="/" className="button">
        {t('notFound.home')}
      </Link>
    </section>
  );
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
