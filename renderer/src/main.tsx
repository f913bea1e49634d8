import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBridge } from './bridge/bridge';
import { setBridge } from './bridge/current';
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
import { startTheme } from './theme/theme';

startTheme();
const host = connectBridge();
const root = createRoot(document.getElementById('root') as HTMLElement);
if (host) {
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
  root.render(<NoToken />);
}
