import assert from 'node:assert/strict';
import { runCli } from '../helpers/run-cli';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_RULES } from '../../src/core/rules/index';
import { ruleHelpOf } from '../../src/cli/rule-help';
import { recordText } from '../helpers/ledger-text';
import { HANG_GUARD_MS } from '../helpers/budget';

const ROOT = resolve(__dirname, '../../..');

const run = runCli;

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<'startLine' | 'startColumn' | 'endLine' | 'endColumn', number> } }[];
}

const SAMPLE = ['check', 'examples/ledger/clients', '--today', '2026-11-20'];

describe('client-ledger check --format sarif (the bundled CLI)', function () {
  this.timeout(HANG_GUARD_MS);
  const result = run([...SAMPLE, '--format', 'sarif'], ROOT);
  const sarif = JSON.parse(result.stdout);
  const results: SarifResult[] = sarif.runs[0].results;

  it('prints one SARIF 2.1.0 run of the tool client-ledger, exit status as before', () => {
    assert.equal(result.code, 1, 'the sample has error findings');
    assert.equal(result.stderr, '');
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(sarif.runs.length, 1);
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'client-ledger');
    assert.equal(driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('describes every rule, with its section of docs/rules.md as help and no relative help link', async () => {
    const rules = sarif.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: unknown; helpUri?: string }[];
    assert.deepEqual(rules.map((rule) => rule.id), ALL_RULES.map((rule) => rule.id));
    const help = await ruleHelpOf(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'));
    for (const rule of rules) {
      assert.equal(rule.shortDescription.text, ALL_RULES.find((known) => known.id === rule.id)!.summary);
      assert.equal(rule.fullDescription.text, help[rule.id].description);
      assert.deepEqual(rule.help, { text: help[rule.id].text, markdown: help[rule.id].markdown });
      assert.equal(rule.helpUri, undefined);
    }
    assert.equal(sarif.runs[0].tool.driver.informationUri, undefined);
  });

  it('maps severities to levels: error, warning, and note for info and hint', () => {
    const levels = new Map<string, number>();
    for (const item of results) levels.set(item.level, (levels.get(item.level) ?? 0) + 1);
    const expected = new Map<string, number>();
    for (const { severity } of JSON.parse(run([...SAMPLE, '--format', 'json'], ROOT).stdout) as { severity: string }[]) {
      const level = severity === 'error' || severity === 'warning' ? severity : 'note';
      expected.set(level, (expected.get(level) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(levels), Object.fromEntries(expected));
    assert.deepEqual([...levels.keys()].sort(), ['error', 'note', 'warning']);
    const rules = sarif.runs[0].tool.driver.rules as { id: string }[];
    for (const item of results) {
      assert.equal(rules[item.ruleIndex!].id, item.ruleId);
      const { artifactLocation, region } = item.locations[0].physicalLocation;
      assert.match(artifactLocation.uri, /^examples\/ledger\/clients\/[a-z-]+\.md$/);
      for (const value of Object.values(region)) assert.ok(Number.isInteger(value) && value >= 1);
      assert.ok(region.endLine > region.startLine || region.endColumn >= region.startColumn);
    }
  });

  it('has a result for every finding of the text format, at the same place', () => {
    const text = run(SAMPLE, ROOT).stdout.trim().split('\n');
    assert.equal(results.length, text.length);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    for (const line of text) {
      const match = /^(.+?):(\d+):(\d+) (\w+) ([a-z-]+) (.*)$/.exec(line)!;
      const [, file, startLine, startColumn, severity, rule, message] = match;
      const found = results.find((item) => {
        const { artifactLocation, region } = item.locations[0].physicalLocation;
        return artifactLocation.uri === file && region.startLine === Number(startLine) && region.startColumn === Number(startColumn) && item.ruleId === rule && item.message.text === message;
      });
      assert.ok(found, `no SARIF result for ${line}`);
      assert.equal(found.level, levels[severity]);
    }
  });

  it('writes paths as relative URIs, encoded, with / separators', () => {
    const root = mkdtempSync(join(tmpdir(), 'ledger-sarif-'));
    try {
      mkdirSync(join(root, 'clients', 'my folder'), { recursive: true });
      writeFileSync(join(root, 'clients', 'my folder', 'acme #1%.md'), recordText(['status: former'], ['2026-09-01 invoice INV-1 $100 due 2026-09-15']));
      const out = JSON.parse(run(['check', 'clients', '--today', '2026-11-20', '--format', 'sarif'], root).stdout);
      const item: SarifResult = out.runs[0].results[0];
      assert.equal(item.locations[0].physicalLocation.artifactLocation.uri, 'clients/my%20folder/acme%20%231%25.md');
      assert.deepEqual(item.locations[0].physicalLocation.region, { startLine: 10, startColumn: 3, endLine: 10, endColumn: 47 });
      assert.equal(item.level, 'error');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('client-ledger check --report FILE (the bundled CLI)', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;
  const late = recordText(['client: Late & <Co>', 'status: former'], ['2026-09-01 invoice INV-1 $100 due 2026-09-15']);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-report-'));
    mkdirSync(join(root, 'clients'));
    writeFileSync(join(root, 'clients', 'late.md'), late);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes a markdown report and prints the findings as before', () => {
    const plain = run(['check', 'clients', '--today', '2026-11-20'], root);
    const result = run(['check', 'clients', '--today', '2026-11-20', '--report', 'report.md'], root);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, plain.stdout);
    assert.equal(result.stderr, `${plain.stderr}Report written to report.md\n`);
    const text = readFileSync(join(root, 'report.md'), 'utf8');
    assert.ok(text.startsWith('# Client portfolio report, 2026-11-20\n'));
    assert.ok(text.includes('### Late \\& \\<Co\\>\n\nRecord: clients/late.md\n'));
    // INV-1: due Sep 15, 66 days overdue: 61-90
    assert.ok(text.includes('| USD | $0.00 | $0.00 | $0.00 | $100.00 | $0.00 | **$100.00** |'));
  });

  it('writes an HTML report when FILE ends in .html, over an older one', () => {
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports', 'Portfolio.HTML'), 'old report');
    const result = run(['check', 'clients', '--today', '2026-11-20', '--format', 'json', '--report', 'reports/Portfolio.HTML'], root);
    assert.equal(result.code, 1);
    assert.equal(JSON.parse(result.stdout).length, 1);
    assert.equal(result.stderr, '');
    const html = readFileSync(join(root, 'reports', 'Portfolio.HTML'), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.ok(html.includes('<article class="client red" data-client="late">'));
    assert.ok(html.includes('Late &amp; &lt;Co&gt;'));
    assert.doesNotMatch(html, /https?:|\bsrc=/);
  });

  it('lists a record whose frontmatter cannot be read as unreadable, in markdown and HTML', () => {
    writeFileSync(join(root, 'clients', 'broken.md'), '---\nclient: Broken\nstatus: "active\n---\n');
    assert.equal(run(['check', 'clients', '--today', '2026-11-20', '--report', 'report.md'], root).code, 1);
    const text = readFileSync(join(root, 'report.md'), 'utf8');
    assert.match(text, /^- 2 clients: 0 green, 0 amber, 0 red, 1 unreadable \(1 former client listed, not counted\)\.$/m);
    assert.ok(text.includes('### broken\n\nRecord: clients/broken.md\n\n- `frontmatter-invalid` (error, line 3): YAML error: Missing closing "quote'), text);
    run(['check', 'clients', '--today', '2026-11-20', '--report', 'report.html'], root);
    assert.ok(readFileSync(join(root, 'report.html'), 'utf8').includes('<article class="client unreadable" data-client="broken" data-metric="unreadable">'));
  });

  it('writes the report with an absolute path and with --format sarif', () => {
    const target = join(root, 'out.md');
    const result = run(['check', 'clients', '--today', '2026-11-20', '--format', 'sarif', '--report', target], root);
    assert.equal(result.code, 1);
    assert.equal(JSON.parse(result.stdout).runs[0].results.length, 1);
    assert.match(readFileSync(target, 'utf8'), /^# Client portfolio report/);
  });

  const inside: [string, () => string][] = [
    ['a file in the ledger folder', () => 'clients/report.md'],
    ['a file in a subfolder of the ledger', () => 'clients/late/report.html'],
    ['the ledger folder itself', () => './clients'],
    ['an absolute path into the ledger', () => join(root, 'clients', 'x.md')],
    ['a path through a link to the ledger', () => (symlinkSync(join(root, 'clients'), join(root, 'link')), 'link/report.md')],
  ];
  for (const [what, target] of inside) {
    it(`refuses ${what} with exit 2 and one line on stderr`, () => {
      const given = target();
      const result = run(['check', 'clients', '--today', '2026-11-20', '--report', given], root);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `client-ledger: --report ${given} is inside the ledger folder clients: write the report outside it\n`);
      assert.ok(!existsSync(join(root, 'clients', 'report.md')));
    });
  }

  it('exits 2 when the report cannot be written', () => {
    const result = run(['check', 'clients', '--today', '2026-11-20', '--report', 'missing/report.md'], root);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'client-ledger: cannot write the report to missing/report.md: its folder does not exist\n');
  });

  it('exits 2 without a FILE', () => {
    assert.match(run(['check', 'clients', '--report'], root).stderr, /^client-ledger: Option '--report <value>' argument missing/);
    assert.match(run(['check', 'clients', '--report', ' '], root).stderr, /^client-ledger: --report needs a FILE\n\nUsage: client-ledger check /);
  });
});
