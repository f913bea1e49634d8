import type { Finding } from './finding.js';

/**
 * The structural WCAG 2 A/AA checks of axe-core that can fail on this app, measured in
 * the page: names of controls, valid ARIA (roles, allowed and required attributes,
 * references, parents and children), lists, landmarks, focus and scrolling. Each
 * finding carries axe's rule id and impact. One self-contained function: it runs inside
 * the browser.
 */
export function rulesInPage(): Finding[] {
  const findings: Finding[] = [];
  const fail = (id: string, impact: Finding['impact'], el: Element, detail: string) => findings.push({ id, impact, target: describe(el), detail });

  function describe(el: Element): string {
    const parts: string[] = [];
    for (let at: Element | null = el; at && parts.length < 4; at = at.parentElement) {
      const cls = typeof at.className === 'string' && at.className.trim() ? '.' + at.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
      parts.unshift(at.tagName.toLowerCase() + (at.id ? `#${at.id}` : '') + cls);
    }
    return parts.join(' > ');
  }
  function hidden(el: Element): boolean {
    return !!el.closest('[aria-hidden="true"], [hidden]') || !el.checkVisibility({ visibilityProperty: true });
  }
  function textOf(el: Element): string {
    let text = '';
    for (const n of el.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) text += n.textContent ?? '';
      else if (n instanceof Element && n.getAttribute('aria-hidden') !== 'true') text += n instanceof HTMLImageElement ? n.alt : (n.getAttribute('aria-label') ?? textOf(n));
    }
    return text.trim();
  }
  /** The accessible name, as far as these checks need it. */
  function nameOf(el: Element): string {
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => (document.getElementById(id) ? textOf(document.getElementById(id)!) : ''))
        .join(' ')
        .trim();
    const label = el.getAttribute('aria-label')?.trim();
    if (label) return label;
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
      const labels = [...(el.labels ?? [])]
        .map((l) => textOf(l))
        .join(' ')
        .trim();
      if (labels) return labels;
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
      return (el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '').trim();
    }
    return textOf(el) || (el.getAttribute('title') ?? '').trim();
  }
  function roleOf(el: Element): string {
    const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.tagName.toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'select') return (el as HTMLSelectElement).multiple ? 'listbox' : 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'input') {
      const type = (el as HTMLInputElement).type;
      return type === 'checkbox'
        ? 'checkbox'
        : type === 'radio'
          ? 'radio'
          : type === 'range'
            ? 'slider'
            : type === 'number'
              ? 'spinbutton'
              : ['button', 'submit', 'reset'].includes(type)
                ? 'button'
                : type === 'hidden'
                  ? ''
                  : 'textbox';
    }
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (tag === 'main') return 'main';
    if (tag === 'nav') return 'navigation';
    if (tag === 'table') return 'table';
    if (tag === 'img') return 'img';
    if (tag === 'dialog') return 'dialog';
    return '';
  }

  const ROLES = new Set(
    'alert alertdialog application article banner button cell checkbox columnheader combobox complementary contentinfo definition dialog directory document feed figure form generic grid gridcell group heading img link list listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status switch tab table tablist tabpanel term textbox timer toolbar tooltip tree treegrid treeitem'.split(
      ' ',
    ),
  );
  // Attributes allowed only on some roles (the rest of ARIA is global or not used here).
  const ALLOWED: Record<string, string[]> = {
    'aria-selected': ['tab', 'option', 'row', 'gridcell', 'columnheader', 'rowheader', 'treeitem'],
    'aria-pressed': ['button'],
    'aria-checked': ['checkbox', 'radio', 'switch', 'menuitemcheckbox', 'menuitemradio', 'option', 'treeitem'],
    'aria-expanded': [
      'button',
      'combobox',
      'link',
      'tab',
      'treeitem',
      'row',
      'gridcell',
      'application',
      'checkbox',
      'listbox',
      'menuitem',
      'menuitemcheckbox',
      'menuitemradio',
      'columnheader',
      'rowheader',
      'switch',
    ],
    'aria-rowcount': ['grid', 'table', 'treegrid'],
    'aria-colindex': ['cell', 'gridcell', 'columnheader', 'rowheader', 'row'],
    'aria-rowindex': ['cell', 'gridcell', 'columnheader', 'rowheader', 'row'],
    'aria-sort': ['columnheader', 'rowheader'],
    'aria-valuenow': ['slider', 'spinbutton', 'progressbar', 'meter', 'scrollbar', 'separator'],
  };
  const REQUIRED: Record<string, string[]> = {
    checkbox: ['aria-checked'],
    switch: ['aria-checked'],
    slider: ['aria-valuenow'],
    heading: ['aria-level'],
    scrollbar: ['aria-controls', 'aria-valuenow'],
  };
  const PARENT: Record<string, string[]> = {
    tab: ['tablist'],
    option: ['listbox', 'group'],
    menuitem: ['menu', 'menubar', 'group'],
    row: ['grid', 'table', 'treegrid', 'rowgroup'],
    gridcell: ['row'],
    columnheader: ['row'],
    cell: ['row'],
    listitem: ['list'],
  };
  const CHILDREN: Record<string, string[]> = { tablist: ['tab'], menu: ['menuitem', 'menuitemcheckbox', 'menuitemradio', 'group'], listbox: ['option', 'group'], list: ['listitem'] };
  const NAMED = new Set(['button', 'link', 'tab', 'menuitem', 'checkbox', 'radio', 'switch', 'combobox', 'listbox', 'textbox', 'searchbox', 'slider', 'spinbutton', 'img', 'dialog', 'option']);
  const INTERACTIVE =
    'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="menuitem"]';
  const GENERIC_TAGS = new Set(['div', 'span', 'p', 'b', 'i', 'strong', 'em', 'small', 'code', 'pre', 'label', 'kbd']);

  const ids = new Map<string, number>();
  for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);

  if (!document.title.trim()) fail('document-title', 'serious', document.documentElement, 'the page has no title');
  if (!document.documentElement.lang) fail('html-has-lang', 'serious', document.documentElement, '<html> has no lang');

  for (const el of document.body.querySelectorAll('*')) {
    if (hidden(el)) continue;
    const role = roleOf(el);
    const explicit = el.getAttribute('role');
    if (explicit && !explicit.split(/\s+/).some((r) => ROLES.has(r))) fail('aria-roles', 'critical', el, `role="${explicit}" is not an ARIA role`);
    if (NAMED.has(role) && !(el.tagName === 'svg' && role !== 'img') && !nameOf(el))
      fail(
        `${role === 'img' ? 'svg-img-alt' : role === 'button' ? 'button-name' : role === 'link' ? 'link-name' : ['textbox', 'combobox', 'listbox', 'checkbox', 'radio', 'spinbutton', 'slider', 'searchbox'].includes(role) ? 'label' : 'aria-command-name'}`,
        'critical',
        el,
        `a ${role} with no name`,
      );
    for (const attr of el.getAttributeNames()) {
      if (!attr.startsWith('aria-')) continue;
      const allowed = ALLOWED[attr];
      if (allowed && !allowed.includes(role)) fail('aria-allowed-attr', 'critical', el, `${attr} is not allowed on role "${role || el.tagName.toLowerCase()}"`);
      if ((attr === 'aria-label' || attr === 'aria-labelledby') && !role && GENERIC_TAGS.has(el.tagName.toLowerCase()))
        fail('aria-prohibited-attr', 'serious', el, `${attr} on an element with no role is not announced`);
      if (['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant'].includes(attr)) {
        for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
          if (!ids.has(id)) fail('aria-valid-attr-value', 'critical', el, `${attr} names #${id}, which is not in the page`);
          else if ((ids.get(id) ?? 0) > 1) fail('duplicate-id-aria', 'critical', el, `${attr} names #${id}, which is on ${ids.get(id)} elements`);
        }
      }
      if (
        ['aria-selected', 'aria-pressed', 'aria-checked', 'aria-expanded', 'aria-hidden', 'aria-modal', 'aria-disabled'].includes(attr) &&
        !['true', 'false', 'mixed', 'undefined'].includes(el.getAttribute(attr) ?? '')
      ) {
        fail('aria-valid-attr-value', 'critical', el, `${attr}="${el.getAttribute(attr)}"`);
      }
    }
    for (const attr of REQUIRED[explicit ? role : ''] ?? []) if (!el.hasAttribute(attr)) fail('aria-required-attr', 'critical', el, `role ${role} needs ${attr}`);
    const parents = PARENT[role];
    if (parents && explicit) {
      let up = el.parentElement;
      while (up && ['none', 'presentation', 'generic'].includes(roleOf(up) || 'generic') && !parents.includes(roleOf(up))) up = up.parentElement;
      if (!up || !parents.includes(roleOf(up))) fail('aria-required-parent', 'critical', el, `role ${role} must be inside ${parents.join(' or ')}`);
    }
    const children = CHILDREN[role];
    if (children && explicit) {
      const owned = [...el.querySelectorAll('*')].filter((c) => !hidden(c) && roleOf(c) && !['none', 'presentation', 'generic'].includes(roleOf(c)));
      const direct = owned.filter((c) => {
        for (let up = c.parentElement; up && up !== el; up = up.parentElement) if (roleOf(up) && !['none', 'presentation', 'generic'].includes(roleOf(up))) return false;
        return true;
      });
      const wrong = direct.filter((c) => !children.includes(roleOf(c)));
      if (wrong.length) fail('aria-required-children', 'critical', el, `role ${role} holds ${wrong.map((w) => roleOf(w)).join(', ')}`);
    }
    const tag = el.tagName.toLowerCase();
    if ((tag === 'ul' || tag === 'ol') && !explicit) {
      const odd = [...el.children].filter((c) => !['LI', 'SCRIPT', 'TEMPLATE'].includes(c.tagName));
      if (odd.length) fail('list', 'serious', el, `a list holds ${odd.map((c) => c.tagName.toLowerCase()).join(', ')}`);
    }
    if (tag === 'li' && !explicit && !['UL', 'OL', 'MENU'].includes(el.parentElement?.tagName ?? '')) fail('listitem', 'serious', el, 'an <li> outside a list');
    if (tag === 'dl') {
      const odd = [...el.children].filter((c) => !['DT', 'DD', 'DIV', 'SCRIPT', 'TEMPLATE'].includes(c.tagName));
      if (odd.length) fail('definition-list', 'serious', el, `a <dl> holds ${odd.map((c) => c.tagName.toLowerCase()).join(', ')}`);
    }
    if ((tag === 'dt' || tag === 'dd') && el.parentElement?.tagName !== 'DL' && el.parentElement?.parentElement?.tagName !== 'DL') fail('dlitem', 'serious', el, `a <${tag}> outside a <dl>`);
    if (tag === 'img' && !el.hasAttribute('alt') && !el.getAttribute('aria-label')) fail('image-alt', 'critical', el, 'an image with no alt');
    if (el.matches('button, a[href], [role="button"], [role="link"], [role="tab"]') && el.querySelector(INTERACTIVE)) fail('nested-interactive', 'serious', el, 'a control inside another control');
    if (el.getAttribute('aria-hidden') === 'true' && (el.matches(INTERACTIVE) || el.querySelector(INTERACTIVE))) fail('aria-hidden-focus', 'serious', el, 'focusable content inside aria-hidden');
    const style = getComputedStyle(el);
    const scrolls = (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1);
    if (scrolls && !el.matches('[tabindex], ' + INTERACTIVE) && !el.querySelector(INTERACTIVE) && (el.textContent ?? '').trim()) {
      fail('scrollable-region-focusable', 'serious', el, 'a scrolling region the keyboard cannot reach');
    }
  }
  return findings;
}
