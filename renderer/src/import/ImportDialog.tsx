import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { guessMapping, type Mapping } from '../../../shared/import/header-mapping';
import { guessDependencyRoles, type DependencyRole } from '../../../shared/import/dependency-import';
import { changesOf, type ValueMap } from '../../../shared/import/import-plan';
import { DEFAULT_DISCOVERY_CHOICES, discoveryFacts, type DiscoveryChoices } from '../../../shared/import/discovery-import';
import { recogniseFormat } from '../../../shared/import/formats/recognise';
import { DEFAULT_NOISE_RULES, type NoiseRule } from '../../../shared/import/connection-noise';
import { connectionsIn } from '../../../shared/import/observed-connections';
import { ConnectionsPanel } from './ConnectionsPanel';
import { bridge } from '../bridge/current';
import { DependencySource } from './DependencySource';
import { DiscoveryChoicesPanel, RecognisedFormat } from './DiscoveryPanel';
import { buildPreview, dependencyTable, firstDependencies, firstSheet, tableDependencies, type DependencySourceChoice, type Spreadsheet } from '../../../shared/import/build-preview';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { rememberedMapping, rememberMapping } from './remembered-mappings';

/** What each kind of enrichment sheet sets. */
const ENRICHED: Record<string, string> = {
  disks: 'storage, its disks added up',
  networks: 'every IP address',
  partitions: 'disk use, in the notes',
  hosts: 'the host, in the notes',
  records: 'more fields',
};

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Latin-1 (Windows-1252)', mixed: 'UTF-8 and Latin-1, line by line' };

let imported = 0;
const newId = () => `imp-${Date.now().toString(36)}-${(imported++).toString(36)}`;

/**
 * Import: map the file's columns, preview every change and problem, then write it all
 * as one undoable change set, or nothing. The file was read (and refused if need be)
 * by the back end; recognition, mapping and preview run here, on the open estate.
 */
export function ImportDialog({ file, onClose }: { file: Spreadsheet; onClose(): void }) {
  const snapshot = useEstateStore((s) => s.snapshot);
  // A known discovery export maps itself: its inventory sheet, its columns with their units.
  const match = useMemo(() => recogniseFormat(file), [file]);
  const connections = useMemo(() => connectionsIn(file, match), [file, match]);
  // A file of observed connections alone (an Azure Migrate or AWS dependency export) adds no workloads of its own.
  const withInventory = match ? match.inventory !== null : connections === null;
  const [noiseRules, setNoiseRules] = useState<NoiseRule[]>(() => [...DEFAULT_NOISE_RULES]);
  const [addEndpoints, setAddEndpoints] = useState<Set<string>>(() => new Set());
  const [sheetName, setSheetName] = useState(match?.inventory?.sheet ?? match?.dependencies[0]?.sheet ?? firstSheet(file)?.name ?? '');
  const sheet = file.sheets.find((s) => s.name === sheetName) ?? file.sheets[0];
  const header = useMemo(() => (sheet?.rows[0] ?? []).map((h) => h.trim()), [sheet]);
  const presetFor = (name: string, h: readonly string[]): Mapping => (match?.inventory?.sheet === name ? match.inventory.mapping : (rememberedMapping(h) ?? guessMapping(h)));
  const [mapping, setMapping] = useState<Mapping>(() => presetFor(sheetName, header));
  const [step, setStep] = useState<'map' | 'preview'>('map');
  const [removeMissing, setRemoveMissing] = useState(true);
  const [skipBad, setSkipBad] = useState(false);
  const [valueMap, setValueMap] = useState<ValueMap>({});
  const [choices, setChoices] = useState<DiscoveryChoices>(DEFAULT_DISCOVERY_CHOICES);
  const [problem, setProblem] = useState<string | null>(null);
  const [depChoice, setDepChoice] = useState<DependencySourceChoice>(() => firstDependencies(file, sheetName, match));
  const depTable = useMemo(() => dependencyTable(file, sheet, depChoice), [file, sheet, depChoice]);
  const depHeader = useMemo(() => (depTable?.rows[0] ?? []).map((h) => h.trim()), [depTable]);
  const [depRoles, setDepRoles] = useState<DependencyRole[]>(() => tableDependencies(match)?.roles ?? guessDependencyRoles(depHeader));
  const facts = useMemo(() => (sheet ? discoveryFacts(match, { sheet: sheet.name, rows: sheet.rows }) : null), [match, sheet]);
  const chooseDependencies = (choice: DependencySourceChoice) => {
    setDepChoice(choice);
    const t = sheet && dependencyTable(file, sheet, choice);
    const spec = tableDependencies(match);
    setDepRoles(spec && t?.sheet === spec.sheet ? spec.roles : guessDependencyRoles((t?.rows[0] ?? []).map((h) => h.trim())));
  };
  const pickDependencyFile = async () => {
    const picked = await bridge().pickFile({ title: 'A file of dependencies (.xlsx or .csv)', extensions: ['xlsx', 'csv', 'txt', 'tsv'] });
    if (!picked) return;
    try {
      setProblem(null);
      chooseDependencies({ from: 'file', file: await bridge().readSpreadsheet(picked) });
    } catch (error) {
      setProblem(`Could not read ${picked.fileName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const built = useMemo(
    () =>
      step === 'preview' && snapshot && sheet
        ? buildPreview({ snapshot, file, sheet, withInventory, mapping, valueMap, match, choices, depTable, depChoice, depRoles, newId, connections, noiseRules, addEndpoints })
        : null,
    [step, snapshot, file, sheet, withInventory, mapping, valueMap, match, choices, depTable, depChoice, depRoles, connections, noiseRules, addEndpoints],
  );
  const preview = built?.preview ?? null;
  if (!snapshot || !sheet) return null;

  const pickSheet = (name: string) => {
    const next = file.sheets.find((s) => s.name === name);
    const h = (next?.rows[0] ?? []).map((x) => x.trim());
    setSheetName(name);
    setMapping(presetFor(name, h));
    setValueMap({});
  };
  const changes = preview ? changesOf(snapshot, preview, { removeMissing }) : [];
  const blocked = preview !== null && preview.problems.length > 0 && !skipBad;
  // Rows, not problems: one row can have several (and dependency rows count too).
  const problemRows = preview ? new Set(preview.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size : 0;
  const confirm = () => {
    if (withInventory && !match) rememberMapping(header, mapping);
    if (changes.length && useEstateStore.getState().commit(changes, `Import ${file.fileName}`)) {
      useAppStore
        .getState()
        .notify(
          'info',
          `Imported ${file.fileName}: ${preview?.adds.length ?? 0} added, ${preview?.updates.length ?? 0} updated${removeMissing && preview?.missing.length ? `, ${preview.missing.length} removed` : ''}. Undo takes it all back.`,
        );
    }
    onClose();
  };
  const named = !withInventory || mapping.some((t) => t.to === 'field' && t.field === 'name');

  // Drawn at the top of the page, above the notices, so nothing covers its buttons.
  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal import-dialog" role="dialog" aria-modal="true" aria-label={`Import ${file.fileName}`}>
        <h2>
          Import {file.fileName} <span className="muted small">{step === 'map' ? 'step 1 of 2: map the columns' : 'step 2 of 2: check before anything is written'}</span>
        </h2>
        <div className="import-source">
          {file.sheets.length > 1 && (
            <label>
              Sheet{' '}
              <select className="select small" value={sheet.name} disabled={step === 'preview'} onChange={(e) => pickSheet(e.target.value)}>
                {file.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name} ({Math.max(0, s.rows.length - 1)} rows)
                  </option>
                ))}
              </select>
            </label>
          )}
          <span className="muted small">
            {Math.max(0, sheet.rows.length - 1).toLocaleString('en')} rows{file.encoding ? ` · read as ${ENCODING_NAMES[file.encoding] ?? file.encoding}` : ''}
          </span>
        </div>
        <div className="import-body">
          {match && <RecognisedFormat match={match} />}
          {!match && connections && (
            <p className="recognised" role="status">
              <strong>{connections.label}.</strong> Its connections are matched to workloads by name, then by IP address.
            </p>
          )}
          {built && built.enriched.length > 0 && (
            <p className="recognised enriched" data-enriched={built.enriched.length}>
              <strong>Added from the other sheets:</strong>{' '}
              {built.enriched.map((e) => `${e.sheet} (${ENRICHED[e.kind]} of ${e.workloads.toLocaleString('en')} workload${e.workloads === 1 ? '' : 's'})`).join('; ')}.
            </p>
          )}
          {built?.connections && <ConnectionsPanel analysis={built.connections} rules={noiseRules} onRules={setNoiseRules} adding={addEndpoints} onAdding={setAddEndpoints} />}
          {facts && withInventory && <DiscoveryChoicesPanel match={match} facts={facts} choices={choices} onChoices={setChoices} />}
          {step === 'map' ? (
            <>
              {withInventory ? (
                <MappingStep
                  sheet={sheet.name}
                  header={header}
                  rows={sheet.rows}
                  nativeNumbers={file.kind === 'xlsx'}
                  mapping={mapping}
                  valueMap={valueMap}
                  onChange={setMapping}
                  onValueMap={setValueMap}
                />
              ) : (
                <p className="muted">This file holds dependencies only: they are matched to the workloads already in the estate.</p>
              )}
              <DependencySource
                file={file}
                workloadSheet={sheet.name}
                choice={depChoice}
                header={depHeader}
                roles={depRoles}
                onChoice={chooseDependencies}
                onRoles={setDepRoles}
                onPickFile={() => void pickDependencyFile()}
              />
            </>
          ) : (
            preview && <PreviewStep preview={preview} removeMissing={removeMissing} onRemoveMissing={setRemoveMissing} />
          )}
        </div>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          {preview && preview.problems.length > 0 && (
            <label className="setting inline skip-bad">
              <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> Leave out {problemRows === 1 ? 'the row' : `the ${problemRows} rows`} with problems and import
              the rest
            </label>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {step === 'preview' ? (
            <>
              <button type="button" className="button" onClick={() => setStep('map')}>
                Back to the mapping
              </button>
              <button
                type="button"
                className="button primary"
                disabled={blocked || changes.length === 0}
                onClick={confirm}
                title={blocked ? 'Fix the mapping, or choose to leave out the rows with problems' : ''}
              >
                {changes.length === 0 ? 'Nothing to import' : `Import ${changes.length === 1 ? 'one change' : `${changes.length.toLocaleString('en')} changes`}`}
              </button>
            </>
          ) : (
            <button type="button" className="button primary" disabled={!named} onClick={() => setStep('preview')}>
              Preview
            </button>
          )}
        </div>
      </div>
    </div>,
    document.body,
  );
}
