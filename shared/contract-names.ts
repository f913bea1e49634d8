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
  'importEstateText',
  'exportEstateText',
  'readEstateCopy',
  'exportPlanWorkbook',
  'exportPlanCsv',
  'exportBoardPack',
  'readSpreadsheet',
  'getProgress',
  'openEstate',
  'openEstateText',
  'applyChanges',
  'openScenario',
  'createScenario',
  'duplicateScenario',
  'renameScenario',
  'deleteScenario',
  'setActiveScenario',
  'saveFile',
  'pickFile',
  'takeOpenedFiles',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel of a method. */
export const channelOf = (method: MethodName) => `waveplan:${method}`;

/** Menu commands the desktop host sends to the renderer on this channel. */
export const MENU_CHANNEL = 'waveplan:menu';
export const MENU_COMMANDS = ['new-estate', 'open-sample', 'import-estate', 'export-estate', 'merge-estate', 'undo', 'redo', 'go-home', 'files-opened'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
