import { describe, expect, it } from 'vitest';
import { needsReadinessProof } from '../../../../shared/domain/readiness-proof.js';
import { workload } from '../estate-builders.js';

describe('which workloads must prove readiness', () => {
  it('asks restricted or mission-critical production that will move, and nothing else', () => {
    expect(needsReadinessProof(workload('a', { criticality: 3 }), 'restricted')).toBe(true);
    expect(needsReadinessProof(workload('b', { criticality: 1 }), 'internal')).toBe(true);
    expect(needsReadinessProof(workload('c', { criticality: 2 }), 'confidential')).toBe(false);
    expect(needsReadinessProof(workload('d', { criticality: 1, environment: 'staging' }), 'restricted')).toBe(false);
    expect(needsReadinessProof(workload('e', { criticality: 1, strategy: 'retire' }), 'restricted')).toBe(false);
    expect(needsReadinessProof(workload('f', { criticality: 1, strategy: 'retain' }), 'restricted')).toBe(false);
  });
});
