import { describe, expect, it } from 'vitest';
import { initialTheme, preferredTheme } from '../../../../renderer/src/theme/theme.js';

const system =
  (...queries: string[]) =>
  (q: string) =>
    queries.includes(q);

describe('the theme on first run', () => {
  it('follows the system: more contrast first, then dark, else light', () => {
    expect(preferredTheme(system())).toBe('light');
    expect(preferredTheme(system('(prefers-color-scheme: dark)'))).toBe('dark');
    expect(preferredTheme(system('(prefers-contrast: more)', '(prefers-color-scheme: dark)'))).toBe('contrast');
    expect(preferredTheme(system('(forced-colors: active)'))).toBe('contrast');
  });

  it('is the one chosen before, whatever the system says; an unknown stored value is ignored', () => {
    expect(initialTheme('light', system('(prefers-color-scheme: dark)'))).toBe('light');
    expect(initialTheme('contrast', system())).toBe('contrast');
    expect(initialTheme('solarized', system('(prefers-color-scheme: dark)'))).toBe('dark');
    expect(initialTheme(null, system())).toBe('light');
  });
});
