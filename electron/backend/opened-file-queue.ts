import type { MethodOutput } from '../../shared/contract.js';
import type { EstateLibrary } from './services/library.js';

// What the handlers need of the desktop's queue of files the operating system asked it
// to open (electron/desktop/opened-files.ts is the queue). Declared here, as HostDialogs
// is, so that the back end both hosts share never imports the desktop host.
export interface OpenedFileQueue {
  take(library: EstateLibrary): Promise<MethodOutput<'takeOpenedFiles'>>;
}
