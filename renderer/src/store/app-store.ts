import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import type { EstateSummary } from '../../../shared/estate/estate';
import { bridge } from '../bridge/current';

// Where the app is (start screen or an estate), the library list and notices.

export const ESTATE_VIEWS = ['inventory', 'graph', 'tiers', 'readiness', 'findings', 'waves', 'rollback', 'costs', 'compare'] as const;
export type EstateView = (typeof ESTATE_VIEWS)[number];
/** `wave` picks the wave the Rollback view opens on. */
export type Route = { screen: 'start' } | { screen: 'estate'; id: string; view?: EstateView; wave?: number };

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
}

interface AppState {
  route: Route;
  info: MethodOutput<'getAppInfo'> | null;
  estates: EstateSummary[];
  notices: Notice[];
  /** Set by the desktop menu's New estate: the start screen opens its dialog. */
  askNewEstate: boolean;
  /** What the back end is working on, shown over the app until it answers. */
  busy: string | null;
  setBusy(busy: string | null): void;
  /** A spreadsheet read for import, waiting for its mapping and preview. */
  importing: MethodOutput<'readSpreadsheet'> | null;
  setImporting(file: MethodOutput<'readSpreadsheet'> | null): void;
  go(route: Route): void;
  requestNewEstate(ask: boolean): void;
  refreshLibrary(): Promise<void>;
  loadInfo(): Promise<void>;
  notify(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
  /** After an undo or redo: the errors spoke of the state before it. */
  dismissErrors(): void;
}

/** The route lives in the URL fragment, so a reload comes back to the same estate. */
export function routeFromHash(hash: string): Route {
  const match = /^#\/estate\/([a-z0-9-]+)(?:\/([a-z]+)(?:\/(\d{1,4}))?)?$/.exec(hash);
  if (match?.[2] && !(ESTATE_VIEWS as readonly string[]).includes(match[2])) return { screen: 'start' };
  if (!match?.[1]) return { screen: 'start' };
  const route: Route = { screen: 'estate', id: match[1], view: (match[2] as EstateView | undefined) ?? 'inventory' };
  return match[3] ? { ...route, wave: Number(match[3]) } : route;
}

function hashOf(route: Route): string {
  if (route.screen === 'start') return '#/';
  if (!route.view || route.view === 'inventory') return `#/estate/${route.id}`;
  return `#/estate/${route.id}/${route.view}${route.wave !== undefined ? `/${route.wave}` : ''}`;
}

let nextNotice = 1;

export const useAppStore = create<AppState>((set, get) => ({
  route: routeFromHash(window.location.hash),
  info: null,
  estates: [],
  notices: [],
  askNewEstate: false,
  busy: null,
  setBusy: (busy) => set({ busy }),
  importing: null,
  setImporting: (importing) => set({ importing }),
  requestNewEstate: (ask) => set({ askNewEstate: ask }),
  go(route) {
    if (window.location.hash !== hashOf(route)) history.pushState(null, '', hashOf(route));
    set({ route });
  },
  async refreshLibrary() {
    set({ estates: await bridge().listEstates({}) });
  },
  async loadInfo() {
    set({ info: await bridge().getAppInfo({}) });
  },
  notify(tone, text) {
    const notice = { id: nextNotice++, tone, text };
    set({ notices: [...get().notices, notice].slice(-4) });
    // An error stays long enough to be read out and acted on, then goes: a notice
    // about an edit long past must not sit over the workshop's screen.
    setTimeout(() => get().dismiss(notice.id), tone === 'info' ? 5000 : 15000);
  },
  dismissErrors() {
    set({ notices: get().notices.filter((n) => n.tone !== 'error') });
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

window.addEventListener('popstate', () => useAppStore.setState({ route: routeFromHash(window.location.hash) }));
