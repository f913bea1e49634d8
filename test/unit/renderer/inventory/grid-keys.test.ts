import { describe, expect, it } from 'vitest';
import { gridKeyAction, type GridKey } from '../../../../renderer/src/inventory/grid-keys.js';

const at = { row: 5, col: 3, rows: 10, cols: 8, page: 4 };
const press = (key: string, mods: Partial<GridKey> = {}, where = at) => gridKeyAction({ key, ctrl: false, shift: false, alt: false, ...mods }, where);

describe('the grid keyboard model', () => {
  it('moves with arrows, pages, Home and End, staying inside the grid', () => {
    expect(press('ArrowDown')).toEqual({ type: 'move', row: 6, col: 3 });
    expect(press('ArrowUp', { ctrl: true })).toEqual({ type: 'move', row: 0, col: 3 });
    expect(press('ArrowRight', { ctrl: true })).toEqual({ type: 'move', row: 5, col: 7 });
    expect(press('PageDown')).toEqual({ type: 'move', row: 9, col: 3 });
    expect(press('PageUp', {}, { ...at, row: 1 })).toEqual({ type: 'move', row: 0, col: 3 });
    expect(press('End', { ctrl: true })).toEqual({ type: 'move', row: 9, col: 7 });
    expect(press('ArrowLeft', {}, { ...at, col: 0 })).toEqual({ type: 'move', row: 5, col: 0 });
  });

  it('tabs along the row and wraps to the next and previous rows', () => {
    expect(press('Tab')).toEqual({ type: 'move', row: 5, col: 4 });
    expect(press('Tab', {}, { ...at, col: 7 })).toEqual({ type: 'move', row: 6, col: 0 });
    expect(press('Tab', { shift: true }, { ...at, col: 0 })).toEqual({ type: 'move', row: 4, col: 7 });
  });

  it('edits on Enter, F2 or a typed character, and clears on Delete', () => {
    expect(press('Enter')).toEqual({ type: 'edit' });
    expect(press('F2')).toEqual({ type: 'edit' });
    expect(press('q')).toEqual({ type: 'edit', initial: 'q' });
    expect(press('Delete')).toEqual({ type: 'clear' });
  });

  it('selects rows, and leaves Ctrl shortcuts like undo and copy alone', () => {
    expect(press('a', { ctrl: true })).toEqual({ type: 'selectAll' });
    expect(press(' ', { shift: true })).toEqual({ type: 'toggleRowSelection' });
    expect(press('Escape')).toEqual({ type: 'clearSelection' });
    expect(press('z', { ctrl: true })).toBeUndefined();
    expect(press('c', { ctrl: true })).toBeUndefined();
    expect(press('Shift')).toBeUndefined();
  });
});
