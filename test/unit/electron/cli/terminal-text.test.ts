import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../../../electron/cli/terminal-text.js';

describe('forTerminal', () => {
  it('shows the control characters of a name from outside as “�”: ESC sequences, bell, C1 controls, DEL', () => {
    expect(forTerminal('web\u001b]0;pwned\u0007\u001b[2J-01')).toBe('web\uFFFD]0;pwned\uFFFD\uFFFD[2J-01');
    expect(forTerminal('a\u009b31mb\u007fc\u0000d')).toBe('a\uFFFD31mb\uFFFDc\uFFFDd');
  });

  it('keeps text, tabs, newlines and the progress line’s own “clear the line”', () => {
    expect(forTerminal('Wave\t1\nweb-01 → café ✓\n')).toBe('Wave\t1\nweb-01 → café ✓\n');
    expect(forTerminal('\r\u001b[2Kreading a.yaml…')).toBe('\r\u001b[2Kreading a.yaml…');
  });
});
