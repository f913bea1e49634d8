// The names of the contract's methods and menu commands, apart from their schemas,
// so the sandboxed preload can expose exactly these without bundling zod.

export const METHOD_NAMES = [
  'getAppInfo',
  'listEstates',
  'createEstate',
  'renameEstate',
  'duplicateEstate',
  'deleteEstate',
  'importEstateFile',
  'exportEstateFile',
  'exportPlanWorkbook',
  'exportPlanCsv',
  'readSpreadsheet',
  'getProgress',
  'openEstate',
  'openScenario',
  'applyChanges',
  'saveFile',
  'pickFile',
  'takeOpenedFiles',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel of a method. */
export const channelOf = (method: MethodName) => `waveplan:${method}`;

/** Menu commands the desktop host sends to the renderer on this channel. */
export const MENU_CHANNEL = 'waveplan:menu';
export const MENU_COMMANDS = ['new-estate', 'open-sample', 'import-estate', 'export-estate', 'undo', 'redo', 'go-home', 'files-opened'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
