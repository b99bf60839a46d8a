/** A labelled progress bar with its percentage written out (screen readers get the same). */
export function ProgressBar({ label, percent, text }: { label: string; percent: number; text?: string }) {
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span>{text ?? `${percent}%`}</span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text ?? `${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
