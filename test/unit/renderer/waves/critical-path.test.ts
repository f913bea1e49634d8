import { describe, expect, it } from 'vitest';
import { criticalMarks } from '../../../../renderer/src/waves/CriticalPath';

describe('the critical path’s marks', () => {
  it('marks every wave on the path, gate and calendar steps included, and every workload of its units with why it waits', () => {
    const { waves, because } = criticalMarks([
      { wave: 0, workloadIds: [], because: 'The landing zone comes first.' },
      { wave: 2, workloadIds: ['db', 'app'], because: 'Waits for the identity provider.' },
      { wave: 4, workloadIds: ['portal'], because: 'Waits for the app.' },
    ]);
    expect([...waves]).toEqual([0, 2, 4]);
    expect(because.get('app')).toBe('Waits for the identity provider.');
    expect(because.get('portal')).toBe('Waits for the app.');
    expect(because.has('other')).toBe(false);
  });
});
