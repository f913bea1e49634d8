// The inventory grid's keyboard model, as a pure function from a key press to what
// it means, so it can be tested without a browser.

export type GridKeyAction =
  { type: 'move'; row: number; col: number } | { type: 'edit'; initial?: string } | { type: 'clear' } | { type: 'clearSelection' } | { type: 'toggleRowSelection' } | { type: 'selectAll' };

export interface GridKey {
  key: string;
  ctrl: boolean; // Ctrl, or Cmd on a Mac
  shift: boolean;
  alt: boolean;
}

export interface GridPosition {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Rows in one screenful, for Page Up and Page Down. */
  page: number;
}

/** What a key does at a position; undefined when the grid leaves the key alone (Ctrl+Z, Ctrl+C…). */
export function gridKeyAction(k: GridKey, at: GridPosition): GridKeyAction | undefined {
  const { row, col, rows, cols, page } = at;
  const last = cols - 1;
  const move = (r: number, c: number): GridKeyAction => ({ type: 'move', row: Math.max(0, Math.min(rows - 1, r)), col: Math.max(0, Math.min(last, c)) });
  switch (k.key) {
    case 'ArrowDown':
      return move(k.ctrl ? rows - 1 : row + 1, col);
    case 'ArrowUp':
      return move(k.ctrl ? 0 : row - 1, col);
    case 'ArrowRight':
      return move(row, k.ctrl ? last : col + 1);
    case 'ArrowLeft':
      return move(row, k.ctrl ? 0 : col - 1);
    case 'PageDown':
      return move(row + page, col);
    case 'PageUp':
      return move(row - page, col);
    case 'Home':
      return move(k.ctrl ? 0 : row, 0);
    case 'End':
      return move(k.ctrl ? rows - 1 : row, last);
    case 'Tab':
      // Tab runs along the row and on to the next one, like a spreadsheet.
      if (k.shift) return col === 0 ? move(row - 1, last) : move(row, col - 1);
      return col === last ? move(row + 1, 0) : move(row, col + 1);
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
    case 'Escape':
      return { type: 'clearSelection' };
    case ' ':
      if (k.shift) return { type: 'toggleRowSelection' };
  }
  if (k.ctrl && k.key.toLowerCase() === 'a') return { type: 'selectAll' };
  // Typing a character starts editing with it, replacing the cell.
  if (!k.ctrl && !k.alt && k.key.length === 1) return { type: 'edit', initial: k.key };
  return undefined;
}
