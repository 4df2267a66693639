import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../helpers/ledger-text';

const RULES_DOC = readFileSync(resolve(__dirname, '../../../docs/rules.md'), 'utf8');

/** A section's example record and the finding line it shows. */
function example(rule: string): { record: string; shown: string } {
  const section = RULES_DOC.split(`\n## ${rule}\n`)[1].split('**How to fix.**')[0];
  const record = /```markdown\n([\s\S]*?)```/.exec(section)![1];
  const shown = /```text\n([\s\S]*?)\n```/.exec(section)![1];
  return { record, shown };
}

describe('the retainer examples of docs/rules.md', () => {
  for (const rule of ['retainer-nearly-used', 'retainer-exceeded']) {
    it(`${rule}: the record gives the finding shown, checked on 2026-11-20`, () => {
      const { record, shown } = example(rule);
      const lines = check(record).filter((finding) => finding.rule === rule)
        .map((finding) => `clients/acme-bakery.md:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.rule} ${finding.message}`);
      assert.deepEqual(lines, [shown]);
    });
  }
});
