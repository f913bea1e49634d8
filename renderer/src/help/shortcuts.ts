// Every keyboard shortcut the app has, as data, for the shortcut help (?, F1, Ctrl+/).
// Each entry names the file whose handler it describes, so a new handler has a place
// to be listed; test/unit/renderer/help checks the grid's keys against grid-keys.ts.

export interface Shortcut {
  /** The keys as pressed, one string per alternative ("Ctrl+Shift+Z", "Ctrl+Y"). */
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  /** Where the keys work, when that is not everywhere. */
  where?: string;
  shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    // screens/EstateScreen.tsx, help/use-help-keys.ts, components/TopBar.tsx
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?', 'F1', 'Ctrl+/'], what: 'Show these shortcuts (? not while typing in a box or a grid cell)' },
      { keys: ['Ctrl+Z'], what: 'Undo the last edit to the estate' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], what: 'Redo' },
      { keys: ['Ctrl+P'], what: 'Print the board pack (a PDF of the plan for the board)' },
      { keys: ['←', '→'], what: 'On the view tabs: the previous or next view' },
      { keys: ['Home', 'End'], what: 'On the view tabs: the first or last view' },
      { keys: ['Esc'], what: 'Close a dialog, a menu or a popover' },
    ],
  },
  {
    // inventory/grid-keys.ts, inventory/InventoryGrid.tsx, inventory/CellEditor.tsx
    title: 'Inventory grid',
    where: 'with a cell selected',
    shortcuts: [
      { keys: ['↑', '↓', '←', '→'], what: 'Move one cell' },
      { keys: ['Ctrl+↑', 'Ctrl+↓', 'Ctrl+←', 'Ctrl+→'], what: 'Move to the edge of the grid' },
      { keys: ['Page Up', 'Page Down'], what: 'Move one screenful' },
      { keys: ['Home', 'End'], what: 'First or last cell of the row' },
      { keys: ['Ctrl+Home', 'Ctrl+End'], what: 'First or last cell of the grid' },
      { keys: ['Tab', 'Shift+Tab'], what: 'Next or previous cell along the row' },
      { keys: ['Enter', 'F2'], what: 'Edit the cell' },
      { keys: ['any letter'], what: 'Start editing the cell with that letter' },
      { keys: ['Delete', 'Backspace'], what: 'Clear the cell' },
      { keys: ['Shift+Space'], what: 'Select or unselect the row' },
      { keys: ['Ctrl+A'], what: 'Select every row shown' },
      { keys: ['Esc'], what: 'Clear the row selection' },
      { keys: ['Ctrl+C', 'Ctrl+V'], what: 'Copy the cell or selected rows; paste cells from a spreadsheet' },
    ],
  },
  {
    title: 'Editing a cell',
    shortcuts: [
      { keys: ['Enter'], what: 'Keep the edit and go down' },
      { keys: ['Tab', 'Shift+Tab'], what: 'Keep the edit and go right or left' },
      { keys: ['Esc'], what: 'Cancel the edit' },
    ],
  },
  {
    // graph/GraphView.tsx, graph/SearchPalette.tsx, graph/GraphCanvas.tsx (React Flow's own keys)
    title: 'Graph',
    shortcuts: [
      { keys: ['Ctrl+K'], what: 'Find a workload and centre on it (↑ ↓ to choose, Enter to go)' },
      { keys: ['+', '−'], what: 'Zoom in or out' },
      { keys: ['0'], what: 'Fit the whole graph' },
      { keys: ['Tab'], what: 'Go from workload to workload' },
      { keys: ['Enter', 'Space'], what: 'Select the workload that has focus' },
      { keys: ['↑', '↓', '←', '→'], what: 'Move the selected workload' },
      { keys: ['Delete', 'Backspace'], what: 'Delete the selected workloads or dependencies' },
    ],
  },
  {
    // rollback/StepTextEditor.tsx, rollback/StepRow.tsx
    title: 'Runbook steps',
    shortcuts: [
      { keys: ['Enter'], what: 'Save the wording, owner or approver' },
      { keys: ['Shift+Enter'], what: 'A new line in a step’s wording' },
      { keys: ['Esc'], what: 'Cancel the change' },
    ],
  },
];

/** The grid's keys as gridKeyAction sees them, for the test that holds the list to the handler. */
export const GRID_KEYS_LISTED = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Tab', 'Enter', 'F2', 'Delete', 'Backspace', 'Escape'] as const;
