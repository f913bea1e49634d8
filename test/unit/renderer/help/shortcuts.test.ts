import { describe, expect, it } from 'vitest';
import { opensHelp } from '../../../../renderer/src/help/help-keys.js';
import { GRID_KEYS_LISTED, SHORTCUT_GROUPS } from '../../../../renderer/src/help/shortcuts.js';
import { gridKeyAction } from '../../../../renderer/src/inventory/grid-keys.js';

const press = (key: string, over: Partial<Parameters<typeof opensHelp>[0]> = {}) => ({ key, ctrl: false, alt: false, typing: false, handled: false, ...over });

describe('the keys that open the shortcut help', () => {
  it('are ?, F1 and Ctrl+/', () => {
    expect(opensHelp(press('?'))).toBe(true);
    expect(opensHelp(press('F1'))).toBe(true);
    expect(opensHelp(press('/', { ctrl: true }))).toBe(true);
    expect(opensHelp(press('/'))).toBe(false);
    expect(opensHelp(press('h'))).toBe(false);
  });

  it('leave ? to a text box, and to the grid when it starts editing a cell with it', () => {
    expect(opensHelp(press('?', { typing: true }))).toBe(false);
    expect(opensHelp(press('?', { handled: true }))).toBe(false);
    expect(opensHelp(press('?', { ctrl: true }))).toBe(false);
    // F1 and Ctrl+/ cannot be typed, so they work from a text box too.
    expect(opensHelp(press('F1', { typing: true }))).toBe(true);
    expect(opensHelp(press('/', { ctrl: true, typing: true }))).toBe(true);
  });
});

describe('the shortcut list', () => {
  const at = { row: 5, col: 3, rows: 20, cols: 10, page: 8 };
  const key = (k: string) => ({ key: k, ctrl: false, shift: false, alt: false });

  it('lists only grid keys the grid acts on', () => {
    for (const k of GRID_KEYS_LISTED) expect(gridKeyAction(key(k), at), k).toBeDefined();
  });

  it('leaves out no key the grid acts on', () => {
    // Every named key a keyboard has: the grid must not act on one the list does not name.
    const named = [
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'PageUp',
      'PageDown',
      'Home',
      'End',
      'Tab',
      'Enter',
      'Escape',
      'Delete',
      'Backspace',
      'Insert',
      'F1',
      'F2',
      'F3',
      'F4',
      'F5',
      'F10',
      'F12',
      'ContextMenu',
    ];
    const acted = named.filter((k) => gridKeyAction(key(k), at) !== undefined);
    expect(acted.sort()).toEqual([...GRID_KEYS_LISTED].sort());
  });

  it('says what each shortcut does, once per group', () => {
    for (const group of SHORTCUT_GROUPS) {
      const whats = group.shortcuts.map((s) => s.what);
      expect(new Set(whats).size, group.title).toBe(whats.length);
      for (const s of group.shortcuts) expect(s.keys.length, s.what).toBeGreaterThan(0);
    }
  });
});
