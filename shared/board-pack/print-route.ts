// Where the board pack's print route lives in the renderer, in one place: the renderer
// reads it, the back ends (the desktop's hidden window, the web host's headless Chromium)
// and the command line build it.

export interface PrintTarget {
  estateId: string;
  /** The scenario the pack is of (the estate's active one when absent). */
  scenarioId?: string | undefined;
  /** Scenarios compared with it, up to three: the pack then adds the comparison, the pack's own scenario as reference. */
  compareWith?: readonly string[] | undefined;
}

const ESTATE_ID = /^[a-z0-9-]+$/;
const SCENARIO_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "#/print/board-pack/<estate id>[/<scenario id>][/compare/<id>,<id>]". */
export function boardPackHash({ estateId, scenarioId, compareWith }: PrintTarget): string {
  if (!ESTATE_ID.test(estateId)) throw new Error(`Not an estate id: “${estateId}”`);
  for (const id of [scenarioId, ...(compareWith ?? [])]) if (id !== undefined && !SCENARIO_ID.test(id)) throw new Error(`Not a scenario id: “${id}”`);
  if (compareWith && compareWith.length > 3) throw new Error('A board pack compares at most four scenarios.');
  const compare = compareWith?.length ? `/compare/${compareWith.join(',')}` : '';
  return `#/print/board-pack/${estateId}${scenarioId ? `/${scenarioId}` : ''}${compare}`;
}

/** The print target a URL fragment names, or null when it is not the print route. */
export function printTargetOf(hash: string): PrintTarget | null {
  const match = /^#\/print\/board-pack\/([a-z0-9-]+)(?:\/(?!compare\/)([A-Za-z0-9_-]{1,64}))?(?:\/compare\/([A-Za-z0-9_-]{1,64}(?:,[A-Za-z0-9_-]{1,64}){0,2}))?$/.exec(hash);
  if (!match?.[1]) return null;
  return { estateId: match[1], ...(match[2] ? { scenarioId: match[2] } : {}), ...(match[3] ? { compareWith: match[3].split(',') } : {}) };
}

/** The attribute on <html> the printers wait for: "ready" when every page is laid out, "failed" with the reason in `data-board-pack-error`. */
export const READY_ATTRIBUTE = 'data-board-pack';
export const ERROR_ATTRIBUTE = 'data-board-pack-error';
