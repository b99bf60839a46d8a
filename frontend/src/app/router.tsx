import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './layout';
import { HomeRoute, NotFoundRoute, UnitRoute } from './routes';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'units/:id', element: <UnitRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
