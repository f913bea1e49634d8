import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateConnections, type ConnectionAnalysis, type ConnectionWorkload } from '../../../../shared/import/connections.js';

// Whatever the rows: every connection is accounted for exactly once (kept, filtered,
// a self-loop, or unmatched), and the result does not depend on the rows' order (but
// for the row numbers it cites as evidence).

const WORKLOADS: ConnectionWorkload[] = Array.from({ length: 6 }, (_, i) => ({ id: `w${i}`, name: `srv${i}`, ipAddresses: [`10.0.0.${i + 1}`] }));
const HEADER = ['Source server name', 'Source IP', 'Source process', 'Destination server name', 'Destination IP', 'Destination process', 'Destination port'];
const COLUMNS = { sourceName: 0, sourceIp: 1, sourceProcess: 2, destinationName: 3, destinationIp: 4, destinationProcess: 5, port: 6 };

/** An end: a workload by name (any case, short or FQDN), by address, an unknown server, the appliance, loopback. */
const end = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('', '.hospital.local'), fc.boolean()).map(([i, suffix, upper]) => [upper ? `SRV${i}${suffix}` : `srv${i}${suffix}`, ''] as const),
  fc.integer({ min: 0, max: 5 }).map((i) => ['', `10.0.0.${i + 1}`] as const),
  fc.integer({ min: 0, max: 5 }).map((i) => [`srv${i}`, `10.0.0.${((i + 1) % 6) + 1}`] as const),
  fc.integer({ min: 0, max: 3 }).map((i) => [`outside${i}`, ''] as const),
  fc.integer({ min: 0, max: 3 }).map((i) => ['', `52.0.0.${i}`] as const),
  fc.constant(['AzureMigrateAppliance', ''] as const),
  fc.constant(['', '127.0.0.1'] as const),
);
const row = fc
  .tuple(end, end, fc.constantFrom('java', 'w3wp.exe', 'VeeamAgent.exe', ''), fc.constantFrom('sqlservr.exe', 'nginx', ''), fc.constantFrom('1433', '443', '53', '22', '6379', '2575', '49152', ''))
  .map(([s, d, sp, dp, port]) => [s[0], s[1], sp, d[0], d[1], dp, port]);

const analyse = (rows: string[][]) => aggregateConnections({ sheet: 'S', rows: [HEADER, ...rows] }, COLUMNS, { workloads: WORKLOADS });

/** The result without the row numbers, which move with the rows. */
function withoutRows(a: ConnectionAnalysis) {
  return {
    dependencies: a.dependencies.map(({ rows: _rows, mismatches, ...d }) => ({ ...d, mismatches: mismatches.map(({ firstRow: _f, ...m }) => m) })),
    external: a.external.map(({ rows: _rows, ...e }) => e),
    filtered: a.filtered,
    totals: a.totals,
    mismatches: a.mismatches.map(({ firstRow: _f, ...m }) => m),
  };
}

describe('connection accounting (property)', () => {
  it('kept + filtered + self-loops + unmatched = rows, and each pair and external endpoint adds up', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const a = analyse(rows);
        const t = a.totals;
        expect(t.invalid).toBe(0);
        expect(t.rows).toBe(rows.length);
        expect(t.kept + t.filtered + t.selfLoops + t.unmatched).toBe(rows.length);
        expect(a.dependencies.reduce((s, d) => s + d.connections, 0)).toBe(t.kept);
        expect(a.filtered.reduce((s, f) => s + f.count, 0)).toBe(t.filtered);
        for (const d of a.dependencies) {
          expect(d.consumerId).not.toBe(d.providerId);
          expect(d.ports.reduce((s, p) => s + p.connections, 0)).toBe(d.connections);
        }
        // Each unmatched connection touches one or two external endpoints.
        const external = a.external.reduce((s, e) => s + e.connections, 0);
        expect(external).toBeGreaterThanOrEqual(t.unmatched);
        expect(external).toBeLessThanOrEqual(2 * t.unmatched);
        for (const e of a.external) expect(e.asSource + e.asDestination).toBe(e.connections);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          expect(withoutRows(analyse(shuffled))).toEqual(withoutRows(analyse(rows)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
