import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { printTargetOf } from '../../shared/board-pack/print-route';
import { App } from './App';
import { connectBridge } from './bridge/bridge';
import { setBridge } from './bridge/current';
import { Notices } from './components/Notices';
import { NoToken } from './screens/NoToken';
import { routeFromHash } from './store/app-store';
import { useEstateStore } from './store/estate-store';
import './styles/base.css';
import './styles/start.css';
import './styles/estate.css';
import './styles/grid.css';
import './styles/graph.css';
import './styles/plan.css';
import './styles/date-limits.css';
import './styles/rollback-costs.css';
import './styles/plan-quality.css';
import './styles/scenarios.css';
import './styles/top-bar-fit.css';
import './styles/side-panel.css';
import './styles/timeline.css';
import './styles/costs-fit.css';
import './styles/laptop-fit.css';
import './styles/themes.css';
import './styles/a11y.css';
import './styles/graph-list.css';
import './styles/charts-theme.css';
import './styles/print.css';
import { startTheme } from './theme/theme';

const host = connectBridge();
const root = createRoot(document.getElementById('root') as HTMLElement);
// The board pack's print route: its own tree and stylesheet (loaded with its chunk),
// always in the light theme, since paper is white.
const printTarget = printTargetOf(window.location.hash);
if (host && printTarget) {
  setBridge(host.bridge);
  void import('./board-pack/BoardPackPage').then(({ BoardPackPage }) =>
    root.render(
      <StrictMode>
        <BoardPackPage target={printTarget} />
        <Notices />
      </StrictMode>,
    ),
  );
} else if (host) {
  startTheme();
  setBridge(host.bridge);
  // Opened straight onto an estate (a reload, a link): fetch it while React starts.
  const route = routeFromHash(window.location.hash);
  if (route.screen === 'estate') useEstateStore.getState().prefetch(route.id);
  root.render(
    <StrictMode>
      <App onMenuCommand={host.onMenuCommand} />
    </StrictMode>,
  );
} else {
  startTheme();
  root.render(<NoToken />);
}
