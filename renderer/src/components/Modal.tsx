import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type ModalProps = { title: string; children: ReactNode; onClose: () => void; actions: ReactNode; /** For a dialog that lists, like the shortcut help. */ wide?: boolean };

/**
 * A dialog over the whole window. Drawn into document.body, not where it is used: a
 * modal opened from a virtualised row (the Tiers table) would otherwise be positioned
 * inside that row's transform, cut off and painted over by the rows after it.
 */
export function Modal({ title, children, onClose, actions, wide }: ModalProps) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={wide ? 'modal wide' : 'modal'} role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">{actions}</div>
      </div>
    </div>,
    document.body,
  );
}

/** Cancel and the confirming button, as every modal here ends. */
export function ModalActions({
  confirm,
  tone = 'primary',
  disabled,
  onConfirm,
  onClose,
}: {
  confirm: string;
  tone?: 'primary' | 'danger';
  disabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
      <button type="button" className={`button ${tone}`} disabled={disabled} onClick={onConfirm}>
        {confirm}
      </button>
    </>
  );
}

type PromptProps = {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  onConfirm: (value: string) => void;
  onClose: () => void;
  /** Why the text cannot be taken (a scenario name another scenario has), said under the field. */
  check?: (value: string) => string | null;
  maxLength?: number;
};

/** Asks for one line of text, e.g. an estate's name. */
export function PromptModal({ title, label, initial, confirm, onConfirm, onClose, check, maxLength = 120 }: PromptProps) {
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const trimmed = value.trim();
  const problem = trimmed ? (check?.(value) ?? null) : null;
  const submit = () => {
    if (trimmed && !problem) {
      onConfirm(trimmed);
      onClose();
    }
  };
  return (
    <Modal title={title} onClose={onClose} actions={<ModalActions confirm={confirm} disabled={!trimmed || !!problem} onConfirm={submit} onClose={onClose} />}>
      <label className="field-label">
        {label}
        <input ref={input} className="text-input" value={value} maxLength={maxLength} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} />
      </label>
      {!trimmed && <p className="field-error">A name is needed.</p>}
      {problem && <p className="field-error">{problem}</p>}
    </Modal>
  );
}

type ConfirmProps = { title: string; children: ReactNode; confirm: string; danger?: boolean; onConfirm: () => void; onClose: () => void };

export function ConfirmModal({ title, children, confirm, danger, onConfirm, onClose }: ConfirmProps) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      actions={
        <ModalActions
          confirm={confirm}
          tone={danger ? 'danger' : 'primary'}
          onConfirm={() => {
            onConfirm();
            onClose();
          }}
          onClose={onClose}
        />
      }
    >
      {children}
    </Modal>
  );
}
