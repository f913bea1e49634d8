import { create } from 'zustand';

// Light for the desk, dark for a dim room, high contrast for a washed-out projector.
// The theme is a data-theme attribute on <html>; every colour in styles/ reads the
// custom properties that styles/themes.css sets per theme.

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** Short, for the top bar's picker; its title says "high contrast" in full. */
export const THEME_NAMES: Record<Theme, string> = { light: 'Light', dark: 'Dark', contrast: 'Contrast' };

export const THEME_KEY = 'waveplan.theme';

function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/** What the machine asks for when nothing was chosen here yet: more contrast wins over dark. */
export function preferredTheme(matches: (query: string) => boolean): Theme {
  if (matches('(prefers-contrast: more)') || matches('(forced-colors: active)')) return 'contrast';
  if (matches('(prefers-color-scheme: dark)')) return 'dark';
  return 'light';
}

/** The theme chosen before (remembered on this machine), else the system's preference. */
export function initialTheme(stored: string | null, matches: (query: string) => boolean): Theme {
  return isTheme(stored) ? stored : preferredTheme(matches);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null; // storage refused (a locked-down browser profile): follow the system
  }
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  // Form controls and scroll bars drawn by the browser follow the theme too.
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}

interface ThemeState {
  theme: Theme;
  setTheme(theme: Theme): void;
}

export const useTheme = create<ThemeState>((set) => ({
  theme: 'light',
  setTheme(theme) {
    applyTheme(theme);
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Not remembered, still applied for this session.
    }
    set({ theme });
  },
}));

/** Called once before the first render, so the page never flashes the wrong theme. */
export function startTheme(): void {
  const theme = initialTheme(readStored(), (q) => window.matchMedia?.(q).matches ?? false);
  applyTheme(theme);
  useTheme.setState({ theme });
}
