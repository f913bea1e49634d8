import type { Point, Size } from './incremental-layout.js';

/** The space between boxes placed side by side, as in the full layout. */
export const BOX_GAP = 60;

/**
 * Places boxes left to right in the order given, starting a new row below when a row
 * would grow wider than `rowWidth`: the reading order of waves (or environments) is
 * the order on the canvas.
 */
export function placeBoxesInRows(boxes: readonly { id: string; size: Size }[], rowWidth: number): Record<string, Point> {
  const positions: Record<string, Point> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { id, size } of boxes) {
    if (x > 0 && x + size.width > rowWidth) {
      x = 0;
      y += rowHeight + BOX_GAP;
      rowHeight = 0;
    }
    positions[id] = { x, y };
    x += size.width + BOX_GAP;
    rowHeight = Math.max(rowHeight, size.height);
  }
  return positions;
}
