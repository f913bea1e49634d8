import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { MethodOutput } from '../../../shared/contract';
import { guessMapping, type Mapping } from '../../../shared/excel/header-mapping';
import { addDependencyTable, guessDependencyRoles, isDependencyRecord, type DependencyRole } from '../../../shared/excel/dependency-import';
import { changesOf, previewImport, type ImportTable, type ValueMap } from '../../../shared/excel/import-plan';
import { bridge } from '../bridge/current';
import { DependencySource, type DependencySourceChoice } from './DependencySource';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { rememberedMapping, rememberMapping } from './remembered-mappings';

type Spreadsheet = MethodOutput<'readSpreadsheet'>;

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Latin-1 (Windows-1252)', mixed: 'UTF-8 and Latin-1, line by line' };

let imported = 0;
const newId = () => `imp-${Date.now().toString(36)}-${(imported++).toString(36)}`;

/** The table the dependencies are read from, for the choice made. */
function dependencyTable(file: Spreadsheet, sheet: Spreadsheet['sheets'][number] | undefined, choice: DependencySourceChoice): ImportTable | null {
  if (choice.from === 'none' || !sheet) return null;
  if (choice.from === 'rows') return { sheet: sheet.name, rows: sheet.rows };
  const source = choice.from === 'file' ? choice.file.sheets[0] : file.sheets.find((s) => s.name === choice.sheet);
  return source ? { sheet: choice.from === 'file' ? `${choice.file.fileName} › ${source.name}` : source.name, rows: source.rows } : null;
}

/** The sheet an inventory is most likely on: ours is called Inventory. */
const firstSheet = (file: Spreadsheet) => file.sheets.find((s) => s.name === 'Inventory') ?? file.sheets.find((s) => s.rows.length > 1) ?? file.sheets[0];

/**
 * Import: map the file's columns, preview every change and problem, then write it all
 * as one undoable change set, or nothing. The file was read (and refused if need be)
 * by the back end; mapping and preview run here, on the open estate.
 */
export function ImportDialog({ file, onClose }: { file: Spreadsheet; onClose(): void }) {
  const snapshot = useEstateStore((s) => s.snapshot);
  const [sheetName, setSheetName] = useState(firstSheet(file)?.name ?? '');
  const sheet = file.sheets.find((s) => s.name === sheetName) ?? file.sheets[0];
  const header = useMemo(() => (sheet?.rows[0] ?? []).map((h) => h.trim()), [sheet]);
  const [mapping, setMapping] = useState<Mapping>(() => rememberedMapping(header) ?? guessMapping(header));
  const [step, setStep] = useState<'map' | 'preview'>('map');
  const [removeMissing, setRemoveMissing] = useState(true);
  const [skipBad, setSkipBad] = useState(false);
  const [valueMap, setValueMap] = useState<ValueMap>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [depChoice, setDepChoice] = useState<DependencySourceChoice>(() => (file.sheets.some((s) => s.name === 'Dependencies') ? { from: 'sheet', sheet: 'Dependencies' } : { from: 'none' }));
  const depTable = useMemo(() => dependencyTable(file, sheet, depChoice), [file, sheet, depChoice]);
  const depHeader = useMemo(() => (depTable?.rows[0] ?? []).map((h) => h.trim()), [depTable]);
  const [depRoles, setDepRoles] = useState<DependencyRole[]>(() => guessDependencyRoles(depHeader));
  const chooseDependencies = (choice: DependencySourceChoice) => {
    setDepChoice(choice);
    const t = sheet && dependencyTable(file, sheet, choice);
    setDepRoles(guessDependencyRoles((t?.rows[0] ?? []).map((h) => h.trim())));
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
  const preview = useMemo(() => {
    if (step !== 'preview' || !snapshot || !sheet) return null;
    const recordColumn = depChoice.from === 'rows' ? depRoles.indexOf('recordType') : -1;
    const isDependencyRow = recordColumn >= 0 ? (cells: string[]) => isDependencyRecord(cells[recordColumn] ?? '') : undefined;
    const p = previewImport(snapshot, { sheet: sheet.name, rows: sheet.rows }, mapping, newId, valueMap, isDependencyRow);
    if (depTable && depChoice.from !== 'none') addDependencyTable(snapshot, p, depTable, depRoles, newId, isDependencyRow);
    return p;
  }, [step, snapshot, sheet, mapping, valueMap, depTable, depChoice, depRoles]);
  if (!snapshot || !sheet) return null;

  const pickSheet = (name: string) => {
    const next = file.sheets.find((s) => s.name === name);
    const h = (next?.rows[0] ?? []).map((x) => x.trim());
    setSheetName(name);
    setMapping(rememberedMapping(h) ?? guessMapping(h));
    setValueMap({});
  };
  const changes = preview ? changesOf(snapshot, preview, { removeMissing }) : [];
  const blocked = preview !== null && preview.problems.length > 0 && !skipBad;
  const confirm = () => {
    rememberMapping(header, mapping);
    if (changes.length && useEstateStore.getState().commit(changes, `Import ${file.fileName}`)) {
      useAppStore.getState().notify('info', `Imported ${file.fileName}: ${preview?.adds.length ?? 0} added, ${preview?.updates.length ?? 0} updated${removeMissing && preview?.missing.length ? `, ${preview.missing.length} removed` : ''}. Undo takes it all back.`);
    }
    onClose();
  };
  const named = mapping.some((t) => t.to === 'field' && t.field === 'name');

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
          {step === 'map' ? (
            <>
              <MappingStep sheet={sheet.name} header={header} rows={sheet.rows} mapping={mapping} valueMap={valueMap} onChange={setMapping} onValueMap={setValueMap} />
              <DependencySource file={file} workloadSheet={sheet.name} choice={depChoice} header={depHeader} roles={depRoles} onChoice={chooseDependencies} onRoles={setDepRoles} onPickFile={() => void pickDependencyFile()} />
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
              <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> Leave out {preview.skipped.length === 1 ? 'the row' : `the ${preview.skipped.length} rows`} with problems and import the rest
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
              <button type="button" className="button primary" disabled={blocked || changes.length === 0} onClick={confirm} title={blocked ? 'Fix the mapping, or choose to leave out the rows with problems' : ''}>
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
