// Where the board pack's print route lives in the renderer, in one place: the renderer
// reads it, the back ends (the desktop's hidden window, the web host's headless Chromium)
// and the command line build it.

export interface PrintTarget {
  estateId: string;
  scenarioId?: string | undefined;
}

const ESTATE_ID = /^[a-z0-9-]+$/;
const SCENARIO_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "#/print/board-pack/<estate id>[/<scenario id>]". */
export function boardPackHash({ estateId, scenarioId }: PrintTarget): string {
  if (!ESTATE_ID.test(estateId)) throw new Error(`Not an estate id: “${estateId}”`);
  if (scenarioId !== undefined && !SCENARIO_ID.test(scenarioId)) throw new Error(`Not a scenario id: “${scenarioId}”`);
  return `#/print/board-pack/${estateId}${scenarioId ? `/${scenarioId}` : ''}`;
}

/** The print target a URL fragment names, or null when it is not the print route. */
export function printTargetOf(hash: string): PrintTarget | null {
  const match = /^#\/print\/board-pack\/([a-z0-9-]+)(?:\/([A-Za-z0-9_-]{1,64}))?$/.exec(hash);
  if (!match?.[1]) return null;
  return match[2] ? { estateId: match[1], scenarioId: match[2] } : { estateId: match[1] };
}

/** The attribute on <html> the printers wait for: "ready" when every page is laid out, "failed" with the reason in `data-board-pack-error`. */
export const READY_ATTRIBUTE = 'data-board-pack';
export const ERROR_ATTRIBUTE = 'data-board-pack-error';
