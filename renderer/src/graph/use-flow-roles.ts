import { useEffect } from 'react';

/**
 * React Flow labels its zoom buttons' panel with aria-label but gives it no role, so the
 * label is never announced (axe: aria-prohibited-attr). The panel is a group of tools:
 * say so. React leaves the attribute alone, as it does not render it.
 */
export function useFlowRoles(container: () => HTMLElement | null, redoWhen: unknown): void {
  useEffect(() => {
    container()?.querySelector('.react-flow__controls')?.setAttribute('role', 'toolbar');
  }, [container, redoWhen]);
}
