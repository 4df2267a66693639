import { escapeHtml } from './html-escape';

/** What a standalone page holds: its policy, title, style, body and, for a webview, a script under a nonce. */
export interface HtmlPage {
  readonly csp: string;
  /** Plain text; escaped here. */
  readonly title: string;
  readonly css: string;
  /** HTML, escaped by whoever built it. */
  readonly body: string;
  readonly script?: string;
  readonly nonce?: string;
}

/** One HTML document under a Content-Security-Policy: the report's and the statement's shell. */
export function htmlPage(page: HtmlPage): string {
  const nonce = page.nonce === undefined ? '' : ` nonce="${page.nonce}"`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${page.csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style${nonce}>${page.css}</style>`,
    '</head>',
    '<body>',
    page.body,
    ...(page.script === undefined ? [] : [`<script${nonce}>`, page.script, '</script>']),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
