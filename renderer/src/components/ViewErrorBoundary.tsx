import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useAppStore } from '../store/app-store';

// A view that throws while drawing (a value it did not expect) takes down only itself:
// the top bar stays, the estate stays as saved (every edit is saved as it is made), and
// the architect gets a way back. Without this, React unmounts the whole app: a blank
// window in front of a client.

function ViewFailed({ error, resetErrorBoundary, where, estateId }: FallbackProps & { where: string; estateId?: string }) {
  const go = useAppStore((s) => s.go);
  const onStart = useAppStore((s) => s.route.screen === 'start');
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="estate-error" role="alert" data-view-error={where}>
      <h1>{where} could not be drawn</h1>
      <p>Something in this estate is not what this view expects. Your estate is safe: every edit was saved as you made it, and the other views still work.</p>
      <p className="error-detail">{message}</p>
      <div className="error-actions">
        <button type="button" className="button primary" onClick={resetErrorBoundary}>
          Try again
        </button>
        {estateId && (
          <button type="button" className="button" onClick={() => go({ screen: 'estate', id: estateId, view: 'inventory' })}>
            Go to the inventory
          </button>
        )}
        {!onStart && (
          <button type="button" className="button" onClick={() => go({ screen: 'start' })}>
            Back to your estates
          </button>
        )}
      </div>
    </div>
  );
}

/** Catches what one view throws; `resetKeys` (the view, the estate's revision) try again when they change. */
export function ViewErrorBoundary({ where, estateId, resetKeys, children }: { where: string; estateId?: string; resetKeys: unknown[]; children: ReactNode }) {
  return (
    <ErrorBoundary resetKeys={resetKeys} fallbackRender={(props) => <ViewFailed {...props} where={where} estateId={estateId} />}>
      {children}
    </ErrorBoundary>
  );
}
