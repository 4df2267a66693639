import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENTRY_KINDS } from '../../src/core/model';
import { parseEntry } from '../../src/core/parse/log-entry';

const ROOT = resolve(__dirname, '../../..');

/** A snippet body with every tab stop replaced by its default and the date variables by a date. */
function expand(body: string): string {
  let text = body.replace(/\$\{CURRENT_YEAR\}/g, '2026').replace(/\$\{CURRENT_MONTH\}/g, '11').replace(/\$\{CURRENT_DATE\}/g, '20')
    .replace(/\$\{CURRENT_HOUR\}/g, '10').replace(/\$\{CURRENT_MINUTE\}/g, '15');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\$\{\d+:([^{}$]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '');
}

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(resolve(ROOT, 'snippets/ledger.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string | string[] }>;

  it('has one dated entry snippet per log entry kind, each a valid entry once filled', () => {
    for (const kind of ENTRY_KINDS) {
      const snippet = Object.values(snippets).find((item) => item.prefix === `ledger-${kind}`);
      assert.ok(snippet, `no snippet for ${kind}`);
      const line = expand(String(snippet.body));
      assert.ok(line.startsWith('- 2026-11-20 '), line);
      const parsed = parseEntry(line.slice(2), 1, 3, 'USD');
      assert.ok(!Array.isArray(parsed), `${kind}: ${line} -> ${JSON.stringify(parsed)}`);
      assert.equal(parsed.kind, kind);
    }
  });
});
