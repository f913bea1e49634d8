import type { Tier } from '../domain/enums.js';

// Tiers from weakest to strongest isolation (docs/domain-rules.md, "Tiers").
const STRENGTH: Record<Tier, number> = { 'multi-tenant': 0, 'dedicated-database': 1, 'dedicated-environment': 2 };

export function tierStrength(tier: Tier): number {
  return STRENGTH[tier];
}

/** True when `tier` isolates less than `than`. */
export function isWeakerTier(tier: Tier, than: Tier): boolean {
  return STRENGTH[tier] < STRENGTH[than];
}

export function strongerTier(a: Tier, b: Tier): Tier {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}
