import { formatDay } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import { htmlPage } from '../report/html-page';
import { REPORT_CSP } from '../report/report-html';
import type { DocumentContext } from './document-facts';
import { mdastHtml } from './mdast-html';
import { statement } from './statement';

/** Plain, printable styles: black on white, amounts right-aligned in tabular figures, tables kept whole across pages where they fit. */
const STATEMENT_CSS = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; max-width: 900px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5em; margin: 0 0 0.8em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
h3 { font-size: 1em; margin: 1em 0 0.3em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
th.money, td.money { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul { padding-left: 1.2em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead th { background: none; }
}
`;

/**
 * The statement as a standalone HTML page with the same content as the markdown: one file, no
 * external resources, no script (a Content-Security-Policy that allows only the inline style),
 * every text from the record escaped.
 */
export function statementHtml(client: ClientRecord, context: DocumentContext): string {
  return htmlPage({
    csp: REPORT_CSP,
    title: `Statement of account, ${client.name}, ${formatDay(context.today)}`,
    css: STATEMENT_CSS,
    body: mdastHtml(statement(client, context)),
  });
}
