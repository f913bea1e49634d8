import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { WaveLogo } from '../components/WaveLogo';

export function Cover({ pack }: { pack: BoardPack }) {
  const { cover, conventions: c, scope, span } = pack;
  return (
    <section className="bp-cover" aria-label="Cover">
      <div className="bp-cover-brand">
        <WaveLogo size={28} /> Waveplan
      </div>
      <div className="bp-cover-main">
        <p className="bp-cover-kicker">Cloud migration · Board pack</p>
        <h1>{cover.estateName}</h1>
        <p className="bp-cover-scenario">
          Scenario: <strong>{cover.scenarioName}</strong>
        </p>
        <p className="bp-cover-lede">
          Moving {c.count(scope.moving)} workloads of {c.count(scope.systems)} systems in {c.count(scope.waves)} waves
          {span ? `, ${c.month(span.start)} to ${c.month(span.end)}` : ''}.
        </p>
      </div>
      <dl className="bp-cover-facts">
        <div>
          <dt>Date</dt>
          <dd>{c.day(cover.date)}</dd>
        </div>
        <div>
          <dt>Prepared with</dt>
          <dd>Waveplan {cover.version}</dd>
        </div>
        <div>
          <dt>Figures in</dt>
          <dd>{c.currency}</dd>
        </div>
        <div>
          <dt>Classification</dt>
          <dd>Confidential: for the board</dd>
        </div>
      </dl>
    </section>
  );
}
