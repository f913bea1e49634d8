import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/contract';
import { exportEstateFile, importEstateFile, openFilesFromSystem, openSample } from './actions';
import { startMerge } from './merge/merge-state';
import { Notices } from './components/Notices';
import { ShortcutHelp } from './help/ShortcutHelp';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { EstateScreen } from './screens/EstateScreen';
import { StartScreen } from './screens/StartScreen';
import { useAppStore } from './store/app-store';
import { useEstateStore } from './store/estate-store';

/** Over the app while the back end works on something the user waits for (an export, an import). */
function Busy() {
  const busy = useAppStore((s) => s.busy);
  return busy ? (
    <div className="busy-overlay" role="status" aria-live="polite">
      <div className="busy-box">
        <span className="spinner" aria-hidden="true" /> {busy}
      </div>
    </div>
  ) : null;
}

type Props = { onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void };

export function App({ onMenuCommand }: Props) {
  const route = useAppStore((s) => s.route);

  useEffect(() => {
    void useAppStore.getState().loadInfo();
    // A desktop app started by a double-click on an estate file opens it.
    if (onMenuCommand) void openFilesFromSystem();
  }, [onMenuCommand]);

  // The desktop menu's commands (the browser has no menu; the same actions are buttons).
  useEffect(
    () =>
      onMenuCommand?.((command) => {
        const { go, route: current } = useAppStore.getState();
        const estate = useEstateStore.getState();
        if (command === 'new-estate') {
          go({ screen: 'start' });
          useAppStore.getState().requestNewEstate(true);
        }
        if (command === 'go-home') go({ screen: 'start' });
        if (command === 'open-sample') void openSample();
        if (command === 'import-estate') void importEstateFile();
        if (command === 'export-estate' && current.screen === 'estate') void exportEstateFile(current.id);
        if (command === 'merge-estate' && current.screen === 'estate') void startMerge();
        if (command === 'undo') estate.undo();
        if (command === 'redo') estate.redo();
        if (command === 'files-opened') void openFilesFromSystem();
      }),
    [onMenuCommand],
  );

  return (
    <>
      {route.screen === 'start' ? (
        <ViewErrorBoundary where="Your estates" resetKeys={[route]}>
          <StartScreen />
        </ViewErrorBoundary>
      ) : (
        <ViewErrorBoundary where="This estate" resetKeys={[route.id]}>
          <EstateScreen key={route.id} id={route.id} view={route.view} wave={route.wave} />
        </ViewErrorBoundary>
      )}
      <Notices />
      <ShortcutHelp />
      <Busy />
    </>
  );
}
