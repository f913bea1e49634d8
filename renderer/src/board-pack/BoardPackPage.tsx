import { useEffect, useMemo, useState } from 'react';
import { buildBoardPack } from '../../../shared/board-pack/board-pack';
import { ERROR_ATTRIBUTE, READY_ATTRIBUTE, type PrintTarget } from '../../../shared/board-pack/print-route';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { bridge } from '../bridge/current';
import { usePlannedReport } from '../report/use-report';
import { compareScenarios, type ScenarioComparison } from '../../../shared/compare/compare-scenarios';
import { reportOf, type EstateReport } from '../../../shared/report/estate-report';
import { BoardPackDocument } from './BoardPackDocument';
import { PrintToolbar } from './PrintToolbar';
import './board-pack.css';

// The print route (#/print/board-pack/<estate>): the estate's report laid out as A4
// pages. The desktop's hidden window and the web host's headless Chromium load it and
// wait for <html data-board-pack="ready"> before printing; in a browser tab it is a
// preview with Print and Download PDF.

// The page is paper: the print stylesheet keys on this class (board-pack.css).
document.documentElement.classList.add('bp-print');

type Loaded = { snapshot: EstateSnapshot; version: string; others: EstateSnapshot[] } | { error: string };

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function markDone(error?: string): void {
  const html = document.documentElement;
  if (error) html.setAttribute(ERROR_ATTRIBUTE, error);
  html.setAttribute(READY_ATTRIBUTE, error ? 'failed' : 'ready');
}

export function BoardPackPage({ target }: { target: PrintTarget }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    const { estateId, scenarioId, compareWith = [] } = target;
    // The pack's scenario as it sees the estate (the active one when none is named), and those it is compared with.
    const own = scenarioId ? bridge().openScenario({ id: estateId, scenarioId }) : bridge().openEstate({ id: estateId });
    Promise.all([own, bridge().getAppInfo({}), Promise.all(compareWith.map((id) => bridge().openScenario({ id: estateId, scenarioId: id })))]).then(
      ([snapshot, info, others]) => live && setLoaded({ snapshot, version: info.version, others }),
      (error: unknown) => live && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [target]);
  useEffect(() => {
    if (loaded && 'error' in loaded) markDone(`Could not open the estate: ${loaded.error}`);
  }, [loaded]);
  if (!loaded) return <p className="bp-status">Opening the estate…</p>;
  if ('error' in loaded) return <p className="bp-status">Could not open the estate: {loaded.error}</p>;
  return <PlannedPack snapshot={loaded.snapshot} others={loaded.others} version={loaded.version} />;
}

function PlannedPack({ snapshot, others, version }: { snapshot: EstateSnapshot; others: readonly EstateSnapshot[]; version: string }) {
  const { report, pending } = usePlannedReport(snapshot);
  const pack = useMemo(
    () => (report && !pending ? buildBoardPack({ estateName: snapshot.estate.name, content: snapshot, snapshot, report, scenarioId: snapshot.activeScenarioId, date: today(), version }) : null),
    [report, pending, snapshot, version],
  );
  // The scenarios compared: each its own report, the pack's scenario the reference (planned here, on the print page's own thread).
  const comparison = useMemo(() => (report && !pending && others.length ? compareSnapshots(snapshot, report, others) : null), [report, pending, snapshot, others]);
  useEffect(() => {
    if (!pack) return;
    document.title = `${pack.cover.estateName} — Board pack`;
    // Two frames: the pages are laid out and painted before a printer is told to print.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => markDone())));
    return () => cancelAnimationFrame(frame);
  }, [pack]);
  if (!pack) return <p className="bp-status">Planning {snapshot.workloads.length.toLocaleString('en')} workloads for the board pack…</p>;
  return (
    <>
      <PrintToolbar estateId={snapshot.estate.id} />
      <BoardPackDocument pack={pack} comparison={comparison} />
    </>
  );
}

function compareSnapshots(snapshot: EstateSnapshot, report: EstateReport, others: readonly EstateSnapshot[]): ScenarioComparison {
  const named = (s: EstateSnapshot) => s.scenarios.find((x) => x.id === s.activeScenarioId)?.name ?? s.activeScenarioId;
  return compareScenarios([{ id: snapshot.activeScenarioId, name: named(snapshot), report }, ...others.map((s) => ({ id: s.activeScenarioId, name: named(s), report: reportOf(s) }))]);
}
