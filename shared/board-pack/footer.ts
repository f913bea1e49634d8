// The footer Chromium prints on every page of the board pack (printToPDF and page.pdf
// take the same template). Chromium fills the pageNumber and totalPages spans; CSS
// page counters do not work in its printing. The template is its own document: styles
// inline, a font size set (its default is tiny), nothing loaded.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function boardPackFooter(estateName: string, scenarioName: string): string {
  const left = `${escapeHtml(estateName)} · ${escapeHtml(scenarioName)} · Board pack · Confidential`;
  return (
    `<div style="width:100%;margin:0 15mm;font-family:'Liberation Sans',Arial,Helvetica,sans-serif;font-size:7.5pt;color:#5b6472;display:flex;justify-content:space-between;border-top:0.5pt solid #c9ced6;padding-top:2mm">` +
    `<span>${left}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** An empty header: with a footer, Chromium would otherwise print the date and title at the top. */
export const EMPTY_HEADER = '<span></span>';
