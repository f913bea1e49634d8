import type { Dependency } from '../domain/dependency.js';
import { inCanonicalOrder, DATA_CLASSES, type DataClass } from '../domain/enums.js';
import type { CandidateDependency } from './connections.js';
import { NOTES_LIMIT, PROTOCOL_LIMIT, notesText } from './connection-text.js';

/** The evidence of a candidate in words (written only for the candidates accepted: a million rows can make many). */
export function candidateNotes(c: CandidateDependency): string {
  return notesText({
    sheet: c.sheet,
    connections: c.connections,
    first: c.rows.first,
    last: c.rows.last,
    ports: c.ports,
    morePorts: c.morePorts,
    sourceProcesses: c.sourceProcesses,
    destinationProcesses: c.destinationProcesses,
    mismatches: c.mismatches
      .slice(0, 10)
      .map(
        (m) => `The ${m.side} "${m.name}" was matched by its name to ${m.side === 'source' ? c.consumerName : c.providerName}, though its address ${m.address} belongs to ${m.addressWorkloadName}.`,
      ),
  });
}

/**
 * The candidates the user accepted as dependencies, each named by `newId()`. A pair the
 * estate already has in the SAME direction (consumer → provider) is skipped, and so is a
 * repeat within the candidates; the reverse direction is a different dependency (A calls
 * B and B calls A are two facts about the estate) and is added. Data classes are not in
 * a connection: they start as `dataClasses` (none unless given).
 */
export function candidatesToDependencies(
  candidates: readonly CandidateDependency[],
  existing: readonly Pick<Dependency, 'consumerId' | 'providerId'>[],
  newId: () => string,
  dataClasses: readonly DataClass[] = [],
): Dependency[] {
  const key = (consumerId: string, providerId: string) => `${consumerId}\u0000${providerId}`;
  const seen = new Set(existing.map((d) => key(d.consumerId, d.providerId)));
  const out: Dependency[] = [];
  for (const c of candidates) {
    if (c.consumerId === c.providerId) continue;
    const k = key(c.consumerId, c.providerId);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      id: newId(),
      consumerId: c.consumerId,
      providerId: c.providerId,
      kind: c.kind,
      coupling: c.coupling,
      dataClasses: inCanonicalOrder(DATA_CLASSES, dataClasses),
      protocol: c.protocol.slice(0, PROTOCOL_LIMIT),
      notes: candidateNotes(c).slice(0, NOTES_LIMIT),
    });
  }
  return out;
}
