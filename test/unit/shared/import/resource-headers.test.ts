import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../shared/import/header-mapping.js';

// A bare "CPU" or "Memory" column is how many vCPUs or how much memory a server has;
// with a percentage it is how much of it was in use. Read the other way, a 4-vCPU server
// became "4 % peak CPU" and its size was lost (a misread found by a new user's CSV).

const fieldsOf = (headers: string[]) => guessMapping(headers).map((t) => (t.to === 'field' ? `${t.field}${t.unit ? ` ${t.unit}` : ''}` : t.to));

describe('CPU and memory columns', () => {
  it('reads a bare CPU or Memory as the count and the size', () => {
    expect(fieldsOf(['CPU', 'Memory'])).toEqual(['vcpu', 'memoryGb']);
    expect(fieldsOf(['CPUs', 'RAM', 'Memory (MB)'])).toEqual(['vcpu', 'memoryGb', 'notes']);
    expect(fieldsOf(['Memory (MB)'])).toEqual(['memoryGb MB']);
  });

  it('reads the count and size columns of a CMDB export (ServiceNow-style headers)', () => {
    expect(fieldsOf(['CPU count', 'RAM (MB)', 'Disk space (GB)', 'CPU %', 'Memory (%)'])).toEqual(['vcpu', 'memoryGb MB', 'storageGb', 'cpuUtilisationPct', 'memoryUtilisationPct']);
  });

  it('reads a percentage of CPU or memory as its peak use', () => {
    expect(fieldsOf(['CPU %', 'Memory (%)'])).toEqual(['cpuUtilisationPct', 'memoryUtilisationPct']);
    expect(fieldsOf(['CPU usage', 'Peak memory', 'CPU (pct)'])).toEqual(['cpuUtilisationPct', 'memoryUtilisationPct', 'notes']);
    expect(fieldsOf(['vCPUs', 'CPU usage %'])).toEqual(['vcpu', 'cpuUtilisationPct']);
  });
});
