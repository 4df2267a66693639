import assert from 'node:assert/strict';
import { checkLedger } from '../../src/core/check';
import { loadLedger } from '../../src/core/load-ledger';
import type { FileFindings } from '../../src/core/model';
import { MemoryStore } from '../../src/core/store';
import { day, recordText, ruleFindings, TODAY } from '../helpers/ledger-text';
import { HANG_GUARD_MS } from '../helpers/budget';

const healthy = recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-19 email from Jane']);
const overdue = recordText(['status: former'], ['2026-09-01 invoice INV-1 $100 due 2026-09-15']);

async function checkWith(files: Record<string, string | Uint8Array>): Promise<Map<string, FileFindings['findings']>> {
  const store = new MemoryStore({ 'clients/healthy.md': healthy, 'clients/overdue.md': overdue, ...files });
  const results = checkLedger(await loadLedger(store), day(TODAY));
  return new Map(results.map((result) => [result.file, result.findings]));
}

/** The findings of the bad file, after checking that the good files were still checked. */
async function badFileFindings(content: string | Uint8Array) {
  const results = await checkWith({ 'clients/bad.md': content });
  assert.equal(results.get('clients/healthy.md'), undefined, 'the healthy record has no findings');
  assert.deepEqual(results.get('clients/overdue.md')?.map((finding) => finding.rule), ['invoice-overdue']);
  return (results.get('clients/bad.md') ?? []).map((finding) => ({ rule: finding.rule, severity: finding.severity, line: finding.range.start.line, message: finding.message }));
}

describe('bad input: a clear finding or ignored, never a crash, the rest still checked', function () {
  this.timeout(HANG_GUARD_MS);
  it('broken YAML', async () => {
    const findings = await badFileFindings('---\nclient: Acme\ncontact: {name: Jane\n---\n');
    assert.equal(findings[0].rule, 'frontmatter-invalid');
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /^YAML error/);
  });

  it('duplicate keys', async () => {
    const findings = await badFileFindings('---\nclient: Acme\nclient: Other\n---\n');
    assert.deepEqual(findings.map((finding) => [finding.rule, finding.line]), [['frontmatter-invalid', 3]]);
    assert.match(findings[0].message, /unique/);
  });

  it('a frontmatter that is a list', async () => {
    const findings = await badFileFindings('---\n- client: Acme\n---\n');
    assert.deepEqual(findings.map((finding) => finding.rule), ['frontmatter-invalid']);
    assert.match(findings[0].message, /must be a map.*not a list/);
  });

  it('a frontmatter that is a scalar', async () => {
    const findings = await badFileFindings('---\njust some text\n---\n');
    assert.match(findings[0].message, /must be a map.*not a single value/);
  });

  it('an empty file is ignored', async () => {
    assert.deepEqual(await badFileFindings(''), []);
  });

  it('a file without frontmatter is ignored (a README in the folder)', async () => {
    assert.deepEqual(await badFileFindings('# How we keep this ledger\n\n- a list\n'), []);
  });

  it('an empty frontmatter is ignored', async () => {
    assert.deepEqual(await badFileFindings('---\n---\n# Notes\n'), []);
  });

  it('a file with only ---', async () => {
    const findings = await badFileFindings('---\n');
    assert.deepEqual(findings.map((finding) => [finding.rule, finding.line]), [['frontmatter-invalid', 1]]);
    assert.match(findings[0].message, /never closed/);
  });

  it('frontmatter in another language is refused and never run', async () => {
    const globals = globalThis as { ledgerWasRun?: boolean };
    const findings = await badFileFindings('---js\n{ client: (globalThis.ledgerWasRun = true, "Acme") }\n---\n');
    assert.equal(globals.ledgerWasRun, undefined);
    assert.deepEqual(findings.map((finding) => finding.rule), ['frontmatter-invalid']);
    assert.match(findings[0].message, /only YAML frontmatter/);
  });

  it('unknown kinds, bad dates, bad times, bad amounts and huge amounts', async () => {
    const text = recordText([], [
      '2026-11-01 emial to Jane',
      '2026-02-30 email to Jane',
      '2026-11-01 25:00 call to Jane',
      '2026-11-01 invoice INV-9 $12.345',
      '2026-11-01 payment $99999999999999999',
      '2026-11-01 invoice INV-10 lots',
      'called Jane, no date',
      '2026-11-01 work lots',
      '2026-11-02 email to Jane: this one is fine',
    ]);
    const findings = await badFileFindings(text);
    const malformed = findings.filter((finding) => finding.rule === 'entry-malformed');
    assert.equal(malformed.length, 8);
    assert.ok(malformed.every((finding) => finding.severity === 'warning'));
    const messages = malformed.map((finding) => finding.message);
    assert.match(messages[0], /Unknown kind "emial" \(did you mean email\?\)/);
    assert.match(messages[1], /"2026-02-30" is not a real date/);
    assert.match(messages[2], /"25:00" is not a time of day/);
    assert.match(messages[3], /more decimals than USD allows/);
    assert.match(messages[4], /too large an amount/);
    assert.match(messages[5], /not an amount/);
    assert.match(messages[6], /starts with its date/);
    assert.match(messages[7], /needs the time worked/);
  });

  it('a 5 MB file', async () => {
    const log = Array.from({ length: 70_000 }, (_, index) => `2026-10-01 note: line ${index} ${'x'.repeat(50)}`);
    const text = recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], [...log, '2026-11-19 email from Jane']);
    assert.ok(text.length > 5_000_000);
    assert.deepEqual(await badFileFindings(text), []);
  });

  it('binary junk is skipped with a finding', async () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    const findings = await badFileFindings(junk);
    assert.deepEqual(findings.map((finding) => finding.rule), ['file-unreadable']);
    assert.match(findings[0].message, /binary/);
  });

  it('a non-UTF-8 file is skipped with a finding', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('---\nclient: Caf'), 0xe9, ...new TextEncoder().encode('\n---\n')]);
    const findings = await badFileFindings(latin1);
    assert.deepEqual(findings.map((finding) => finding.rule), ['file-unreadable']);
    assert.match(findings[0].message, /not UTF-8/);
  });

  it('a file the store cannot read becomes a finding', async () => {
    const store = new MemoryStore({ 'clients/healthy.md': healthy });
    const original = store.list.bind(store);
    store.list = async () => [...(await original()), 'clients/vanished.md'];
    const results = checkLedger(await loadLedger(store), day(TODAY));
    assert.deepEqual(results.map((result) => [result.file, result.findings[0].rule]), [['clients/vanished.md', 'file-unreadable']]);
  });

  it('wrong value forms are reported at the value and the rest of the record is checked', () => {
    const text = recordText(
      ['status: paused', 'currency: dollars', 'terms: soon', 'notice: a while', 'deposit: lots', 'hours: daytime', 'contact: [1, 2]'],
      ['2026-09-01 invoice INV-1 $100 due 2026-09-15'],
    );
    const invalid = ruleFindings('frontmatter-invalid', text);
    assert.deepEqual(invalid.map((finding) => finding.message.split(' ')[0]), ['status', 'currency', 'terms', 'notice', 'deposit', 'hours', 'contact']);
    assert.match(invalid[0].message, /not one of prospect, active/);
    assert.equal(ruleFindings('invoice-overdue', text).length, 1);
  });

  it('a likely typo of a known key gets a hint; other unknown keys are kept silently', () => {
    const text = recordText(['hold-until: 2026-12-01', 'favourite_colour: green', 'snooze:', '  no-contct: 2026-12-01']);
    const hints = ruleFindings('key-unknown', text);
    assert.deepEqual(hints.map((finding) => finding.message), [
      'Unknown key hold-until: did you mean hold_until?',
      'Unknown rule id snooze.no-contct: did you mean snooze.no-contact?',
    ]);
    assert.ok(hints.every((finding) => finding.severity === 'hint'));
  });
});

describe('threshold and snooze typos', () => {
  it('hints at a threshold key typo and ignores the value', () => {
    const text = recordText(['thresholds:', '  no-contct: 30'], ['2026-10-01 email from Jane']);
    assert.deepEqual(ruleFindings('key-unknown', text).map((finding) => finding.message), ['Unknown threshold thresholds.no-contct: did you mean thresholds.no-contact?']);
    assert.equal(ruleFindings('no-contact', text).length, 1);
  });

  it('hints at snoozing a rule that is not about a client', () => {
    const text = recordText(['snooze:', '  file-unreadable: 2026-12-01']);
    assert.deepEqual(ruleFindings('key-unknown', text).map((finding) => finding.message), ['Unknown rule id snooze.file-unreadable']);
  });
});
