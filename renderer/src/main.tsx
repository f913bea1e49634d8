import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBridge } from './bridge/bridge';
import { setBridge } from './bridge/current';
import { NoToken } from './screens/NoToken';
import './styles/base.css';
import './styles/start.css';
import './styles/estate.css';
import './styles/grid.css';
import './styles/graph.css';

const host = connectBridge();
const root = createRoot(document.getElementById('root') as HTMLElement);
if (host) {
  setBridge(host.bridge);
  root.render(
    <StrictMode>
      <App onMenuCommand={host.onMenuCommand} />
    </StrictMode>,
  );
} else {
  root.render(<NoToken />);
}
