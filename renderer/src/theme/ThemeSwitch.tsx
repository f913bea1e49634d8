import { THEMES, THEME_NAMES, useTheme, type Theme } from './theme';

/** A compact picker in the top bar: a workshop switches to high contrast when the projector washes colours out. */
export function ThemeSwitch() {
  const theme = useTheme((s) => s.theme);
  const setTheme = useTheme((s) => s.setTheme);
  return (
    <select className="theme-switch" aria-label="Theme" title="Theme: light, dark, or high contrast for a projector" value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
      {THEMES.map((t) => (
        <option key={t} value={t}>
          {THEME_NAMES[t]}
        </option>
      ))}
    </select>
  );
}
