import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: focus stays inside, Escape closes it. It is modal while mounted and the parent
 * unmounts it to close (closing it here would fire onClose twice under StrictMode).
 */
export function ModalDialog({ labelledBy, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={labelledBy} onClose={onClose} onCancel={onClose}>
      {children}
    </dialog>
  );
}

/** The submit and cancel buttons at the foot of a dialog's form. */
export function DialogActions({ submit, busy, cancel, onCancel }: { submit: string; busy: boolean; cancel: string; onCancel: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="button" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
