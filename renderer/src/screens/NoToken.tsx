/** Shown when the page is opened without the web host's per-launch token. */
export function NoToken() {
  return (
    <main className="no-token">
      <h1>Waveplan</h1>
      <p>
        This page needs the link that <code>npm start</code> printed in your terminal (it carries a one-time key).
      </p>
      <p>
        Open that link, or run <code>npm start</code> again.
      </p>
    </main>
  );
}
