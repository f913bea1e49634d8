import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { bytesToBase64 } from '../bridge/base64';

// The whole graph (not just what is on screen) as PNG or SVG, for slides.
// The approach React Flow documents: render the viewport element at a transform
// that fits every node into the image.

export async function graphImage(nodes: Node[], format: 'png' | 'svg'): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The graph is not on screen.');
  const bounds = getNodesBounds(nodes);
  const width = Math.round(Math.min(4096, Math.max(800, bounds.width + 80)));
  const height = Math.round(Math.min(4096, Math.max(500, bounds.height + 80)));
  const fit = getViewportForBounds(bounds, width, height, 0.05, 2, 0.04);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    pixelRatio: format === 'png' ? 2 : 1,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  };
  const dataUrl = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  // PNG comes base64-encoded; SVG comes URL-encoded text.
  return header.endsWith(';base64') ? body : bytesToBase64(new TextEncoder().encode(decodeURIComponent(body)));
}
