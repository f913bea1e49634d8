import { SAMPLE_ESTATE_NAME } from '../../shared/sample/sample-name';
import { bridge } from './bridge/current';
import { useAppStore } from './store/app-store';

// Library actions shared by the start screen, the top bar and the desktop menu.
// Each reports its outcome in words; none leaves the user guessing.

function failed(what: string, error: unknown): void {
  useAppStore.getState().notify('error', `${what}: ${error instanceof Error ? error.message : String(error)}`);
}

export async function createEstate(name: string, from: 'blank' | 'sample'): Promise<void> {
  try {
    const summary = await bridge().createEstate({ name, from });
    useAppStore.getState().go({ screen: 'estate', id: summary.id });
  } catch (error) {
    failed('Could not create the estate', error);
  }
}

export const openSample = () => createEstate(SAMPLE_ESTATE_NAME, 'sample');

export async function importEstateFile(): Promise<void> {
  let fileName = 'the file';
  try {
    const picked = await bridge().pickFile({ title: 'Open a Waveplan estate', extensions: ['waveplan'] });
    if (!picked) return;
    fileName = `“${picked.fileName}”`;
    const summary = await bridge().importEstateFile(picked);
    useAppStore.getState().notify('info', `Added “${summary.name}” to your library (${summary.workloadCount} workloads).`);
    useAppStore.getState().go({ screen: 'estate', id: summary.id });
  } catch (error) {
    failed(`Could not open ${fileName}`, error);
    void useAppStore.getState().refreshLibrary();
  }
}

export async function exportEstateFile(id: string): Promise<void> {
  try {
    const file = await bridge().exportEstateFile({ id });
    const result = await bridge().saveFile({ suggestedName: file.fileName, bytes: file.bytes });
    if (result.saved) useAppStore.getState().notify('info', result.path ? `Saved ${result.path}` : `Downloaded ${file.fileName}`);
  } catch (error) {
    failed('Could not export the estate', error);
  }
}

export async function renameEstate(id: string, name: string): Promise<void> {
  try {
    await bridge().renameEstate({ id, name });
    await useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not rename the estate', error);
  }
}

export async function duplicateEstate(id: string): Promise<void> {
  try {
    const copy = await bridge().duplicateEstate({ id });
    useAppStore.getState().notify('info', `Created “${copy.name}”.`);
    await useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not duplicate the estate', error);
  }
}

export async function deleteEstate(id: string, name: string): Promise<void> {
  try {
    const { movedTo } = await bridge().deleteEstate({ id });
    useAppStore.getState().notify('info', `Moved “${name}” to ${movedTo}.`);
    await useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not delete the estate', error);
  }
}
