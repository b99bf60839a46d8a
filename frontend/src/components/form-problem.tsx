import type { FormProblem } from '../lib/errors';

/** Why a form was refused: the server's detail and the field errors that have no place next to a field. */
export function FormProblemMessage({ problem }: { problem: FormProblem | undefined }) {
  if (!problem) return null;
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <strong>{problem.title}</strong>
        {problem.detail && problem.detail !== problem.title && <p>{problem.detail}</p>}
        {problem.unplaced.length > 0 && (
          <ul>
            {problem.unplaced.map((field, index) => (
              <li key={index}>{[field.field, field.message].filter(Boolean).join(': ')}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
