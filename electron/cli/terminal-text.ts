// Text on its way to a terminal. Names and keys in an estate come from outside (a client's
// CSV, a colleague's YAML), and a control character in one is an instruction to the
// terminal: ESC sequences clear the screen, set the window title, hide the text after
// them or make a link. They are shown as "�" instead. The command line's own sequence
// (carriage return and "clear the line", which draws the progress line) passes.

// C0 controls but tab and newline, ESC not starting "[2K", DEL and the C1 controls (U+009B is a one-character ESC [).
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b(?!\[2K)|[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f]/g;

/** `text` with every control character a terminal would act on, but ours, shown as "�". */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}
