import { useSidePanels } from '../components/side-panels';

/** The Waves view's side panel, by the name SidePanel remembers it under. */
export const WAVES_PANEL = 'waves';

/** Opens the side panel if folded, brings the plan settings into view and puts the cursor in the first. */
export function showPlanSettings(): void {
  useSidePanels.getState().setCollapsed(WAVES_PANEL, false);
  // After the panel has rendered (it may just have unfolded).
  requestAnimationFrame(() => {
    const settings = document.querySelector<HTMLElement>('.plan-settings');
    settings?.scrollIntoView({ block: 'start' });
    settings?.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
  });
}

/**
 * First-time users looked for a "Generate" button (issue 19): the waves are planned
 * already, and again after every edit. One line says so, and where the rules are.
 */
export function PlanIntro({ waves, workloads }: { waves: number; workloads: number }) {
  return (
    <p className="plan-intro" role="note">
      <strong>
        These {waves.toLocaleString('en')} waves are already planned from your {workloads.toLocaleString('en')} workloads.
      </strong>{' '}
      There is nothing to generate: the plan follows every change to the inventory, its dependencies and the settings. To shape it, change the{' '}
      <button type="button" className="link" onClick={showPlanSettings}>
        plan settings
      </button>
      , or move or pin a workload from its wave card.
    </p>
  );
}
