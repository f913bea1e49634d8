import { describe, expect, it } from 'vitest';
import { quickLayeredLayout } from '../../../../shared/graph/quick-layout.js';

const node = (id: string) => ({ id, width: 200, height: 60 });

describe('the quick layered layout', () => {
  it('puts consumers left of their providers, and cycles do not stop it', () => {
    const positions = quickLayeredLayout({
      nodes: ['portal', 'api', 'db', 'x', 'y'].map(node),
      edges: [
        { source: 'portal', target: 'api' },
        { source: 'api', target: 'db' },
        { source: 'x', target: 'y' },
        { source: 'y', target: 'x' },
      ],
    });
    expect(positions.get('portal')!.x).toBeLessThan(positions.get('api')!.x);
    expect(positions.get('api')!.x).toBeLessThan(positions.get('db')!.x);
    expect(positions.size).toBe(5);
  });

  it('wraps a tall column and never overlaps nodes', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => node(`n${i}`));
    const positions = [...quickLayeredLayout({ nodes, edges: [] }, { gapX: 90, gapY: 20, maxColumnHeight: 1000 }).values()];
    expect(Math.max(...positions.map((p) => p.y))).toBeLessThan(1000);
    const keys = new Set(positions.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(200);
  });
});
