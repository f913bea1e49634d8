import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import type { ScenarioComparison } from '../../../shared/compare/compare-scenarios';
import { ComparisonSection } from './ComparisonSection';
import { CostsSection } from './CostsSection';
import { Cover } from './Cover';
import { DataSection } from './DataSection';
import { ExecutiveSummary } from './ExecutiveSummary';
import { FindingsSection } from './FindingsSection';
import { RollbackSection } from './RollbackSection';
import { TiersSection } from './TiersSection';
import { WavePlanSection } from './WavePlanSection';

/** The pages in order; each section starts a page (board-pack.css). */
export function BoardPackDocument({ pack, comparison }: { pack: BoardPack; comparison?: ScenarioComparison | null }) {
  return (
    <main className="board-pack" aria-label="Board pack">
      <Cover pack={pack} />
      <ExecutiveSummary pack={pack} />
      <WavePlanSection pack={pack} />
      <TiersSection pack={pack} />
      <FindingsSection pack={pack} />
      <CostsSection pack={pack} />
      <RollbackSection pack={pack} />
      <DataSection pack={pack} />
      {comparison && <ComparisonSection pack={pack} comparison={comparison} />}
    </main>
  );
}
