import type { Finding } from './finding.js';

/**
 * WCAG 1.4.3 text contrast, measured in the page as axe-core's color-contrast rule does:
 * each element's own text against the background painted behind it, walking up through
 * its ancestors' background colours (alpha composited) with the opacity they apply.
 * Text over an image or gradient cannot be measured this way and is left out, as axe
 * reports it "incomplete". Runs inside the browser, so it is one self-contained function.
 */
export function contrastInPage(): Finding[] {
  type RGBA = [number, number, number, number];
  const findings: Finding[] = [];

  function parse(colour: string): RGBA | null {
    const m = /rgba?\(([^)]+)\)/.exec(colour);
    if (!m) return null;
    const parts = (m[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  }
  function over(top: RGBA, under: RGBA): RGBA {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  }
  function luminance([r, g, b]: RGBA): number {
    const f = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  }
  function ratio(a: RGBA, b: RGBA): number {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }
  /** The colour behind an element, or null when an image or gradient is part of it. */
  function backdrop(el: Element): RGBA | null {
    const layers: RGBA[] = [];
    for (let at: Element | null = el; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.backgroundImage !== 'none') return null;
      const bg = parse(style.backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] >= 1) break;
    }
    let colour: RGBA = [255, 255, 255, 1]; // the canvas under everything
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  }
  function opacityOf(el: Element): number {
    let o = 1;
    for (let at: Element | null = el; at; at = at.parentElement) o *= Number(getComputedStyle(at).opacity);
    return o;
  }
  function describe(el: Element): string {
    const parts: string[] = [];
    for (let at: Element | null = el; at && parts.length < 4; at = at.parentElement) {
      const cls = typeof at.className === 'string' && at.className.trim() ? '.' + at.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
      parts.unshift(at.tagName.toLowerCase() + (at.id ? `#${at.id}` : '') + cls);
    }
    return parts.join(' > ');
  }

  const all = document.body.querySelectorAll('*');
  for (const el of all) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE', 'TEXTAREA'].includes(el.tagName)) continue;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    // Disabled controls are exempt from 1.4.3, as in axe.
    if (el.closest('button:disabled, [aria-disabled="true"], fieldset:disabled, select:disabled, input:disabled')) continue;
    const style = getComputedStyle(el);
    // Text clipped to nothing (a visually hidden label) is not seen.
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue;
    const isSvg = el instanceof SVGElement;
    const fg = parse(isSvg ? style.fill : style.color);
    const bg = backdrop(isSvg ? (el.closest('svg')?.parentElement ?? el) : el);
    if (!fg || !bg) continue;
    const shown = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const needed = large ? 3 : 4.5;
    const got = ratio(shown, bg);
    if (got + 0.005 < needed) {
      const text = (el.textContent ?? '').trim().slice(0, 40);
      findings.push({ id: 'color-contrast', impact: 'serious', target: describe(el), detail: `${got.toFixed(2)}:1 (needs ${needed}:1) for “${text}”` });
    }
  }
  return findings;
}
