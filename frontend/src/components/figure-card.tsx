import type { ReactNode } from 'react';

interface FigureCardProps {
  label: ReactNode;
  children: ReactNode;
  /** A smaller line under the number: what it is made of, or how it changed. */
  note?: ReactNode;
  /** Shown on hover (e.g. the figure of the period before). */
  title?: string;
}

/** One headline number with its label, inside a <dl className="figure-cards">. */
export function FigureCard({ label, children, note, title }: FigureCardProps) {
  return (
    <div className="figure-card" title={title}>
      <dt>{label}</dt>
      <dd>{children}</dd>
      {note && <dd className="figure-card-note">{note}</dd>}
    </div>
  );
}
