import type { ReactNode } from 'react';
import type { Severity } from '../../../shared/findings/finding';

// Small pieces the sections share.

export function SeverityChip({ severity }: { severity: Severity }) {
  return <span className={`bp-chip bp-${severity}`}>{severity}</span>;
}

/** A section: a new page, a numbered title and a sentence that says what it shows. */
export function Section({ id, number, title, lede, children }: { id: string; number: number; title: string; lede?: ReactNode; children: ReactNode }) {
  return (
    <section className="bp-section" aria-labelledby={`bp-${id}`}>
      <h2 id={`bp-${id}`}>
        <span className="bp-number">{number}</span>
        {title}
      </h2>
      {lede && <p className="bp-lede">{lede}</p>}
      {children}
    </section>
  );
}

/** "and 3,570 more", when a list is cut. */
export function More({ count, what, n }: { count: number; what: string; n(x: number): string }) {
  return count > 0 ? (
    <p className="bp-more">
      … and {n(count)} more {what}.
    </p>
  ) : null;
}

export const plural = (count: number, one: string, many = `${one}s`) => (count === 1 ? one : many);

/** Minutes as "3 h 20 min". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
