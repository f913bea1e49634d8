import { ZOOMS, type Zoom } from './timeline-scale';

/** The timeline's zoom, and what its marks mean. */
export function TimelineToolbar({ zoom, onZoom, today }: { zoom: Zoom; onZoom(zoom: Zoom): void; today: string }) {
  return (
    <div className="timeline-toolbar">
      <strong>Timeline</strong>
      <div className="segmented" role="group" aria-label="Zoom">
        {ZOOMS.map((z) => (
          <button key={z.zoom} type="button" className={`segment${zoom === z.zoom ? ' on' : ''}`} aria-pressed={zoom === z.zoom} onClick={() => onZoom(z.zoom)}>
            {z.label}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <span className="timeline-key">
        <span className="key-cutover" aria-hidden="true" /> cutover
        <span className="key-link" aria-hidden="true" />{' '}
        <abbr title="An arrow comes into each wave from the wave it waits on last; hover an arrow for all of them. Every wave also waits for the shared platform, which is not drawn.">waits for</abbr>
        <span className="key-today" aria-hidden="true" /> {today}
      </span>
    </div>
  );
}
