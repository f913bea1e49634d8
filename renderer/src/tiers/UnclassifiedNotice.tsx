import type { EstateSnapshot } from '../../../shared/estate/estate';
import type { EstateAnalysis } from '../../../shared/findings/analyse';
import { holdsProductionData } from '../../../shared/domain/production-data';
import { useInventoryView } from '../inventory/view-state';
import { useAppStore } from '../store/app-store';
import { saveSetting } from '../store/save-setting';

// Unclassified is not public: until a production workload's data is recorded, the tier
// rules plan it as restricted. Said here, where the recommendations are read, with the
// way to classify (the inventory's bulk edit) and the estate's setting.

export function UnclassifiedNotice({ snapshot, analysis }: { snapshot: EstateSnapshot; analysis: EstateAnalysis }) {
  const asRestricted = snapshot.classification.unclassifiedProductionAsRestricted;
  let count = 0;
  snapshot.workloads.forEach((w, i) => {
    if (holdsProductionData(w) && analysis.sensitivity.levelAt(i) === 'unclassified') count++;
  });
  if (count === 0) return null;
  const classify = () => {
    const view = useInventoryView.getState();
    view.reset();
    view.setFilter('sensitivity', 'unclassified');
    useAppStore.getState().go({ screen: 'estate', id: snapshot.estate.id, view: 'inventory' });
  };
  const toggle = () =>
    saveSetting(
      'classification',
      { unclassifiedProductionAsRestricted: !asRestricted },
      asRestricted ? 'Plan unclassified production without the restricted rule' : 'Treat unclassified production as restricted',
    );
  return (
    <div className={`notice-bar ${asRestricted ? 'warn' : 'danger'}`} role="status" data-unclassified={count}>
      <p>
        <strong>
          {count.toLocaleString('en')} production workload{count === 1 ? ' has' : 's have'} no data classes.
        </strong>{' '}
        {asRestricted
          ? count === 1
            ? 'Until it is classified it is treated as restricted and recommended a dedicated environment: safe, but probably dearer than it needs.'
            : 'Until they are classified they are treated as restricted and recommended a dedicated environment: safe, but probably dearer than they need.'
          : `This estate plans ${count === 1 ? 'it' : 'them'} without the restricted rule, so ${count === 1 ? 'its recommendation' : 'their recommendations'} may be too weak.`}
      </p>
      <div className="notice-actions">
        <button type="button" className="button small primary" onClick={classify}>
          Classify in the inventory
        </button>
        <label className="check">
          <input type="checkbox" checked={asRestricted} onChange={toggle} /> Treat unclassified production as restricted
        </label>
      </div>
    </div>
  );
}
