import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The way back up, e.g. from a group to its hamlet. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="back-link">
      <span aria-hidden="true">‹ </span>
      {children}
    </Link>
  );
}
