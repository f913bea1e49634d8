import { useEffect, useState } from 'react';
import type { EstateSummary } from '../../../shared/estate/estate';
import { createEstate, deleteEstate, duplicateEstate, exportEstateFile, importEstateFile, openSample, renameEstate } from '../actions';
import { ConfirmModal, PromptModal } from '../components/Modal';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { WaveLogo } from '../components/WaveLogo';
import { count, fullDate, timeAgo } from '../format';
import { useAppStore } from '../store/app-store';

type Dialog = { kind: 'new' } | { kind: 'rename'; estate: EstateSummary } | { kind: 'delete'; estate: EstateSummary } | null;

export function StartScreen() {
  const estates = useAppStore((s) => s.estates);
  const info = useAppStore((s) => s.info);
  const go = useAppStore((s) => s.go);
  const askNewEstate = useAppStore((s) => s.askNewEstate);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The desktop menu's New estate opens the same dialog as the card.
  const shown: Dialog = dialog ?? (askNewEstate ? { kind: 'new' } : null);
  const close = () => {
    setDialog(null);
    useAppStore.getState().requestNewEstate(false);
  };
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void useAppStore
      .getState()
      .refreshLibrary()
      .finally(() => setLoaded(true));
  }, []);

  return (
    <main className="start">
      <header className="start-header">
        <WaveLogo />
        <div>
          <h1>Waveplan</h1>
          <p className="tagline">
            Plan the move of a regulated estate into the cloud: inventory, data sensitivity, tenancy tiers, migration waves, rollback and cost. Everything stays on this machine.
          </p>
        </div>
        <ThemeSwitch />
      </header>

      <section className="start-actions" aria-label="Get started">
        <button type="button" className="action-card featured" onClick={() => void openSample()}>
          <span className="action-title">Open the healthcare sample</span>
          <span className="action-text">
            Meridian Health Group: a hospital and a clinic network on Odoo ERP with PostgreSQL, Redis, Traefik, EHR HL7/FHIR, payroll, payments and identity. 45 workloads to explore.
          </span>
        </button>
        <button type="button" className="action-card" onClick={() => setDialog({ kind: 'new' })}>
          <span className="action-title">New estate</span>
          <span className="action-text">Start a blank inventory and add the client’s workloads as you go. Every edit is saved as you make it.</span>
        </button>
        <button type="button" className="action-card" onClick={() => void importEstateFile()}>
          <span className="action-title">Open an estate file…</span>
          <span className="action-text">A .waveplan file, or its text form (.yaml), from a colleague or another laptop. A copy joins your library; the original is not touched.</span>
        </button>
      </section>

      <section className="recent" aria-label="Your estates">
        <h2>Your estates</h2>
        {loaded && estates.length === 0 && <p className="empty">No estates yet. Open the sample to see what Waveplan does, or start a new estate for your client.</p>}
        {estates.length > 0 && (
          <table className="recent-table">
            <thead>
              <tr>
                <th>Name</th>
                <th className="num">Workloads</th>
                <th className="num">Dependencies</th>
                <th>Last edited</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {estates.map((e) => (
                <tr key={e.id} className={e.problem ? 'has-problem' : undefined}>
                  <td>
                    {e.problem ? (
                      <span className="estate-name">{e.id}.waveplan</span>
                    ) : (
                      <button type="button" className="link estate-name" onClick={() => go({ screen: 'estate', id: e.id })}>
                        {e.name}
                      </button>
                    )}
                    {e.problem && <div className="problem">{e.problem}</div>}
                  </td>
                  <td className="num">{e.problem ? '–' : e.workloadCount.toLocaleString('en')}</td>
                  <td className="num">{e.problem ? '–' : e.dependencyCount.toLocaleString('en')}</td>
                  <td title={fullDate(e.updatedAt)}>{timeAgo(e.updatedAt)}</td>
                  <td className="row-actions">
                    {!e.problem && (
                      <>
                        <button type="button" className="button small" onClick={() => go({ screen: 'estate', id: e.id })}>
                          Open
                        </button>
                        <button type="button" className="button small quiet" onClick={() => setDialog({ kind: 'rename', estate: e })}>
                          Rename
                        </button>
                        <button type="button" className="button small quiet" onClick={() => void duplicateEstate(e.id)}>
                          Duplicate
                        </button>
                        <button type="button" className="button small quiet" onClick={() => void exportEstateFile(e.id)}>
                          Export
                        </button>
                      </>
                    )}
                    <button type="button" className="button small quiet danger-text" aria-label={`Delete ${e.name}`} onClick={() => setDialog({ kind: 'delete', estate: e })}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <footer className="start-footer">
        {info && (
          <span>
            Waveplan {info.version} · {info.host === 'desktop' ? 'desktop app' : 'browser, served from this machine only'} · library: <code>{info.libraryDir}</code>
          </span>
        )}
        <span>{count(estates.length, 'estate')}</span>
      </footer>

      {shown?.kind === 'new' && <PromptModal title="New estate" label="Name" initial="New estate" confirm="Create" onConfirm={(name) => void createEstate(name, 'blank')} onClose={close} />}
      {shown?.kind === 'rename' && (
        <PromptModal title="Rename estate" label="Name" initial={shown.estate.name} confirm="Rename" onConfirm={(name) => void renameEstate(shown.estate.id, name)} onClose={close} />
      )}
      {shown?.kind === 'delete' && (
        <ConfirmModal title="Delete estate" confirm="Move to trash" danger onConfirm={() => void deleteEstate(shown.estate.id, shown.estate.name)} onClose={close}>
          <p>
            Move “{shown.estate.name}” to the trash?{' '}
            {info?.host === 'desktop' ? 'You can restore it from the system trash.' : 'It goes to the .trash folder inside your library, where you can restore it.'}
          </p>
        </ConfirmModal>
      )}
    </main>
  );
}
