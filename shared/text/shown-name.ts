// A name that came with a file from outside (a file name, a sheet name) as a message
// shows it: control and direction-changing characters removed (a name must not reorder
// the sentence around it), and at most 80 of the rest.

export function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}
