import { describe, expect, it } from 'vitest';
import { blankWorkload } from '../../../../shared/domain/blank-workload.js';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';

// A workload's free-text lists are kept comma-joined in an estate file, so an item with a
// comma in it would come back as two: the schema refuses it wherever it comes from (the
// text form, the contract), saying why.

describe('a workload’s free-text lists', () => {
  const workload = blankWorkload('w1', 'Clinical database');

  it('refuses a compliance tag or an IP address holding a comma, naming the item', () => {
    const tag = WorkloadSchema.safeParse({ ...workload, complianceTags: ['hipaa', 'ISO 27001, A.12'] });
    expect(tag.success).toBe(false);
    expect(tag.error?.issues[0]).toMatchObject({ path: ['complianceTags', 1], message: 'A compliance tag cannot hold a comma: a comma separates one from the next' });
    const ip = WorkloadSchema.safeParse({ ...workload, ipAddresses: ['10.0.0.1,10.0.0.2'] });
    expect(ip.error?.issues[0]).toMatchObject({ path: ['ipAddresses', 0], message: 'An IP address cannot hold a comma: a comma separates one from the next' });
  });

  it('accepts the items the app and the importers write', () => {
    expect(WorkloadSchema.safeParse({ ...workload, complianceTags: ['hipaa', 'data-residency', 'ISO 27001 A.12'], ipAddresses: ['10.0.0.1', 'fe80::1'] }).success).toBe(true);
  });
});
