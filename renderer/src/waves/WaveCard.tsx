import { useState } from 'react';
import type { Dependency } from '../../../shared/domain/dependency';
import { READINESS_CHECKS, labelOf } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';
import { WAVE_PHASE_NAMES, type Wave } from '../../../shared/planner/plan-types';
import { WAVE_CONDITION } from '../../../shared/planner/wave-conditions';
import { showInInventory, showRollback } from '../navigation/go-to';
import { WaveDateLimits } from './DateLimits';
import { pinTo } from './pins';

export const DRAG_TYPE = 'application/x-waveplan-unit';

type Props = {
  wave: Wave;
  cutoverTime: string;
  waveNumbers: readonly number[];
  byId: ReadonlyMap<string, Workload>;
  dependencyOf(id: string): Dependency | undefined;
  moved: ReadonlySet<string>;
  highlighted: boolean;
};

/** Chips shown per unit, and lines per list: a 10,000-workload wave stays readable and quick. */
const CHIPS = 40;
const LISTED = 60;

/** How many of the wave's workloads have every readiness check (the Readiness view's "have every check"). */
function readyCount(ids: readonly string[], byId: ReadonlyMap<string, Workload>): number {
  let ready = 0;
  for (const id of ids) if (byId.get(id)?.readiness.length === READINESS_CHECKS.length) ready++;
  return ready;
}

/** Workloads on the critical path, with why their unit cannot move sooner. */
type CriticalProps = { critical?: ReadonlyMap<string, string> };

/** One wave: dates, cutover, its move units with the reasoning, hybrid links and gates. A drop (or the Move menu, for the keyboard) pins a unit. */
export function WaveCard({ wave, cutoverTime, waveNumbers, byId, dependencyOf, moved, highlighted, critical }: Props & CriticalProps) {
  const [over, setOver] = useState(false);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const opens = wave.hybridLinks.filter((l) => l.opensInWave === wave.number);
  const closes = wave.hybridLinks.filter((l) => l.closesInWave === wave.number);
  const onCriticalPath = (members: readonly string[]) => (critical?.size ? members.map((id) => critical.get(id)).find((b) => b !== undefined) : undefined);
  return (
    <article
      id={`wave-${wave.number}`}
      className={`wave-card phase-${wave.phase}${over ? ' drop' : ''}${highlighted ? ' highlighted' : ''}`}
      aria-label={`Wave ${wave.number}`}
      data-cutover={wave.cutover}
      data-end={wave.end}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE) || wave.number === 0) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const ids = JSON.parse(e.dataTransfer.getData(DRAG_TYPE) || '[]') as string[];
        if (ids.length) pinTo(ids, wave.number, `Pin ${name(ids[0] as string)}${ids.length > 1 ? ` and ${ids.length - 1} more` : ''} to wave ${wave.number}`);
      }}
    >
      <header>
        <h3>Wave {wave.number}</h3>
        <span className={`phase-pill phase-${wave.phase}`}>{WAVE_PHASE_NAMES[wave.phase]}</span>
        <span className="muted small">
          {wave.start} → {wave.end}
        </span>
        {wave.cutoverOrder.length > 0 && (
          <button type="button" className="button small rollback-link" onClick={() => showRollback(wave.number)}>
            Rollback plan
          </button>
        )}
      </header>
      <div className="wave-facts">
        <span>
          Cutover <strong>{wave.cutover}</strong> at {cutoverTime}
          {wave.cutoverMoved.length > 0 && <span className="moved"> (kept clear of {wave.cutoverMoved.join(', ')})</span>}
        </span>
        <span>{wave.cutoverOrder.length === 1 ? '1 workload' : `${wave.cutoverOrder.length.toLocaleString('en')} workloads`}</span>
        <span title="Sum of risk points: sensitivity, criticality, customization">risk {wave.risk}</span>
        <span title="How complete its workloads' planning inputs are: criticality, data classes, RTO, effort or vCPU, owner">inputs known {Math.round(wave.confidence * 100)}%</span>
        <span title="Workloads with every readiness check ticked, as the Readiness view counts them">
          ready {readyCount(wave.cutoverOrder, byId).toLocaleString('en')} of {wave.cutoverOrder.length.toLocaleString('en')}
        </span>
      </div>
      {wave.phase === 'foundation' && <p className="muted small">The landing zone and the shared platform every later wave lands on.</p>}
      {wave.units.map((unit) => (
        <div key={unit.members[0]} className={`wave-unit${onCriticalPath(unit.members) ? ' on-critical-path' : ''}`}>
          {onCriticalPath(unit.members) && <p className="critical-note small">On the critical path: {onCriticalPath(unit.members)}</p>}
          <div className="unit-members" draggable onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(unit.members))} title="Drag to another wave to pin it there">
            {unit.members.slice(0, CHIPS).map((id) => (
              <button
                key={id}
                type="button"
                className={`chip member-chip${moved.has(id) ? ' moved' : ''}${byId.get(id)?.pinnedWave != null ? ' pinned' : ''}`}
                onClick={() => showInInventory(id)}
                title={`${labelOf(byId.get(id)?.environment ?? 'production')} · open in the inventory`}
              >
                {byId.get(id)?.pinnedWave != null && <span className="pin-mark">pinned</span>}
                {name(id)}
              </button>
            ))}
            {unit.members.length > CHIPS && <span className="muted small">and {(unit.members.length - CHIPS).toLocaleString('en')} more</span>}
          </div>
          <select
            className="select small move-to"
            aria-label={`Move ${name(unit.members[0] as string)}${unit.members.length > 1 ? ` and ${unit.members.length - 1} more` : ''} to wave`}
            value=""
            onChange={(e) => {
              const to = e.target.value === 'unpin' ? null : Number(e.target.value);
              pinTo(unit.members, to, to === null ? `Unpin ${name(unit.members[0] as string)}` : `Pin ${name(unit.members[0] as string)} to wave ${to}`);
            }}
          >
            <option value="">Move to wave…</option>
            {waveNumbers
              .filter((n) => n !== wave.number && n > 0)
              .map((n) => (
                <option key={n} value={n}>
                  Wave {n}
                </option>
              ))}
            <option value={Math.max(0, ...waveNumbers) + 1}>A new wave {Math.max(0, ...waveNumbers) + 1}</option>
            {unit.members.some((id) => byId.get(id)?.pinnedWave != null) && <option value="unpin">Unpin (let the plan decide)</option>}
          </select>
          <ul className="unit-reasoning">
            {unit.reasoning.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ))}
      <WaveDateLimits wave={wave} byId={byId} />
      {wave.cutoverOrder.length > 1 && (
        <details className="wave-details small">
          <summary>Cutover order ({wave.cutoverOrder.length})</summary>
          <ol>
            {wave.cutoverOrder.slice(0, LISTED).map((id) => (
              <li key={id}>{name(id)}</li>
            ))}
          </ol>
          {wave.cutoverOrder.length > LISTED && <span className="muted">and {(wave.cutoverOrder.length - LISTED).toLocaleString('en')} more</span>}
        </details>
      )}
      {(opens.length > 0 || closes.length > 0) && (
        <details className="wave-details small">
          <summary>
            Hybrid links: {opens.length} opened{closes.length ? `, ${closes.length} closed` : ''} at this cutover
          </summary>
          <ul>
            {[...opens, ...closes].slice(0, LISTED).map((l) => {
              const d = dependencyOf(l.dependencyId);
              return (
                <li key={`${l.dependencyId}-${l.opensInWave === wave.number ? 'open' : 'close'}`}>
                  {l.opensInWave === wave.number ? 'Opens' : 'Closes'}: {d ? `${name(d.consumerId)} → ${name(d.providerId)}` : l.dependencyId}
                  {l.opensInWave === wave.number && (l.closesInWave === null ? ' (stays: the other end does not move)' : ` (until wave ${l.closesInWave})`)}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {wave.gates.length > 0 && (
        <ul className="wave-gates small" title={WAVE_CONDITION.readinessGates.description}>
          {wave.gates.map((g) => (
            <li key={g}>Gate: {g}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
