import { useEstateStore } from '../store/estate-store';

/** There is no Save button: this says whether every edit has reached the estate file. */
export function SaveStatus() {
  const save = useEstateStore((s) => s.save);
  const retry = useEstateStore((s) => s.retry);
  switch (save.kind) {
    case 'saving':
      return (
        <span className="save-status saving" role="status">
          Saving…
        </span>
      );
    case 'saved':
      return (
        <span className="save-status saved" role="status" title="Every edit is written to the estate file as you make it.">
          ✓ Saved
        </span>
      );
    case 'offline':
      return (
        <span className="save-status problem" role="alert" title={save.message}>
          Not saved yet: Waveplan’s back end is not answering.{' '}
          <button type="button" className="link" onClick={retry}>
            Retry
          </button>
        </span>
      );
    case 'conflict':
      return (
        <span className="save-status problem" role="alert">
          Not saved: this estate changed in another window.{' '}
          <button type="button" className="link" onClick={() => window.location.reload()}>
            Reload
          </button>
        </span>
      );
  }
}
