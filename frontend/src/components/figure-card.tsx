import type { ReactNode } from 'react';

/** One headline number with its label, inside a <dl className="figure-cards">. */
export function FigureCard({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
