import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './layout';
import {
  DashboardPrintRoute,
  DashboardRoute,
  GroupCreateRoute,
  GroupRoute,
  HomeRoute,
  HouseholdCreateRoute,
  HouseholdEditRoute,
  HouseholdImportRoute,
  HouseholdRoute,
  HouseholdsRoute,
  MediationCaseRoute,
  MediationCreateRoute,
  MediationQueueRoute,
  MeetingCreateRoute,
  NotFoundRoute,
  PatrolCreateRoute,
  PropagandaCreateRoute,
  ReintegrationCaseRoute,
  ReintegrationCasesRoute,
  ReintegrationCreateRoute,
  TipCreateRoute,
  TipRoute,
  TipsRoute,
  UnitRoute,
} from './routes';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'dashboard', element: <DashboardRoute /> },
      { path: 'units/:id', element: <UnitRoute /> },
      { path: 'units/:id/households', element: <HouseholdsRoute /> },
      { path: 'units/:id/households/new', element: <HouseholdCreateRoute /> },
      { path: 'units/:id/household-imports', element: <HouseholdImportRoute /> },
      { path: 'units/:id/groups/new', element: <GroupCreateRoute /> },
      { path: 'groups/:id', element: <GroupRoute /> },
      { path: 'households/:id', element: <HouseholdRoute /> },
      { path: 'households/:id/edit', element: <HouseholdEditRoute /> },
      { path: 'units/:id/patrols/new', element: <PatrolCreateRoute /> },
      { path: 'units/:id/propaganda-sessions/new', element: <PropagandaCreateRoute /> },
      { path: 'groups/:id/meetings/new', element: <MeetingCreateRoute /> },
      { path: 'groups/:id/mediation-cases/new', element: <MediationCreateRoute /> },
      { path: 'mediation-cases', element: <MediationQueueRoute /> },
      { path: 'mediation-cases/:id', element: <MediationCaseRoute /> },
      { path: 'reintegration-cases', element: <ReintegrationCasesRoute /> },
      { path: 'reintegration-cases/new', element: <ReintegrationCreateRoute /> },
      { path: 'reintegration-cases/:id', element: <ReintegrationCaseRoute /> },
      { path: 'tips', element: <TipsRoute /> },
      { path: 'tips/new', element: <TipCreateRoute /> },
      { path: 'tips/:id', element: <TipRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
  // The printable report: no header or navigation, only the report and its print button.
  { path: 'dashboard/print', element: <DashboardPrintRoute /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
