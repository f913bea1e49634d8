// Which key presses open the shortcut help: a pure function, tested without a browser.

export interface HelpKey {
  key: string;
  ctrl: boolean; // Ctrl, or Cmd on a Mac
  alt: boolean;
  /** The press belongs to a text box, a select or an editable element. */
  typing: boolean;
  /** Something nearer the focus already used it (the grid starts editing a cell with "?"). */
  handled: boolean;
}

export function opensHelp(k: HelpKey): boolean {
  if (k.key === 'F1') return true;
  if (k.ctrl && !k.alt && k.key === '/') return true;
  return k.key === '?' && !k.ctrl && !k.alt && !k.typing && !k.handled;
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
