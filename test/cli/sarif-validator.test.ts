import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_RULES } from '../../src/core/rules/index';
import { HANG_GUARD_MS } from '../helpers/budget';
import { recordText } from '../helpers/ledger-text';
import { validateSarif, type ValidatorResult } from '../helpers/sarif-validator';

// `check --format sarif` as Microsoft's validator (the SARIF Multitool) and GitHub code
// scanning's ingestion rules see it: no error, and no warning but those listed here.

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

/** The warnings the output may get, each with why it stays. */
const ACCEPTED_WARNINGS: Readonly<Record<string, string>> = {
  // tool.driver.informationUri must be an absolute URI, and the project has no public URL yet
  // (package.json has neither repository nor homepage): add it, and helpUri, once it has one.
  SARIF2005: 'no informationUri',
};

function checkSarif(folder: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'check', folder, '--today', '2026-11-20', '--format', 'sarif'], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function unaccepted(results: readonly ValidatorResult[]): string[] {
  return results
    .filter((result) => result.level === 'error' || (result.level === 'warning' && !(result.ruleId in ACCEPTED_WARNINGS)))
    .map((result) => `${result.level} ${result.ruleId}: ${result.message}`);
}

describe('check --format sarif passes the SARIF validator', function () {
  this.timeout(HANG_GUARD_MS);

  it('the validator runs here, and finds a relative helpUri and a missing fullDescription', () => {
    const sarif = JSON.parse(checkSarif('examples/ledger/clients', ROOT).stdout);
    const [first] = sarif.runs[0].tool.driver.rules;
    first.helpUri = `docs/rules.md#${first.id}`;
    delete first.fullDescription;
    const found = validateSarif(JSON.stringify(sarif));
    assert.deepEqual(found.filter((result) => result.level === 'error').map((result) => result.ruleId).sort(), ['GH2012', 'SARIF1002']);
    assert.ok(found.some((result) => result.ruleId === 'SARIF2005' && result.level === 'warning'), 'the accepted warning is reported');
  });

  it('the sample ledger: no error, no warning but the accepted ones', () => {
    const result = checkSarif('examples/ledger/clients', ROOT);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(unaccepted(validateSarif(result.stdout)), []);
  });

  it('a ledger where every rule fires, with a file that cannot be read and paths to encode', () => {
    const root = mkdtempSync(join(tmpdir(), 'ledger-sarif-valid-'));
    try {
      const clients = join(root, 'clients');
      cpSync(join(ROOT, 'examples/ledger/clients'), clients, { recursive: true });
      writeEveryOtherRule(clients);
      const result = checkSarif('clients', root);
      assert.equal(result.code, 1, result.stderr);
      const sarif = JSON.parse(result.stdout);
      const fired = new Set((sarif.runs[0].results as { ruleId: string }[]).map((item) => item.ruleId));
      assert.deepEqual(ALL_RULES.map((rule) => rule.id).filter((id) => !fired.has(id)), []);
      const uris = (sarif.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[])
        .map((item) => item.locations[0].physicalLocation.artifactLocation.uri);
      assert.ok(uris.includes('clients/caf%C3%A9%20%26%20co%20%232.md'), 'the encoded path is in the output');
      assert.deepEqual(unaccepted(validateSarif(result.stdout)), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Records for the rules the sample ledger does not fire, next to it. */
function writeEveryOtherRule(clients: string): void {
  writeFileSync(join(clients, 'late-fees.md'), recordText(['client: Late Fees', 'late_fee: 1.5% monthly after 30 days, max 10%'], [
    '2026-09-01 invoice LF-5 $1,250 due 2026-09-15',
    '2026-10-16 late-fee LF-5 $25: first month',
  ]));
  writeFileSync(join(clients, 'retainer.md'), recordText(['client: Retainer Co', 'rate: 40/h', 'retainer_hours: 10/month'], [
    '2026-10-30 invoice RC-1 $400',
    '2026-11-03 work 6h: inbox',
    '2026-11-10 work 6h: suppliers',
    '2026-11-18 email from Jane: thanks',
  ]));
  writeFileSync(join(clients, 'conflicted.md'), ['---', 'client: Conflicted', '<<<<<<< HEAD', 'terms: net 7', '=======', 'terms: net 30', '>>>>>>> feature/terms', '---', ''].join('\n'));
  mkdirSync(join(clients, 'archive'));
  writeFileSync(join(clients, 'archive', 'Sunrise-Yoga.md'), recordText(['client: Sunrise Yoga (old)', 'status: former']));
  writeFileSync(join(clients, 'archive', 'note.md'), ['---', 'document: salvage-plan', 'client: nobody-here', 'created: 2026-11-20', '---', ''].join('\n'));
  // Latin-1, not UTF-8: the file cannot be read.
  writeFileSync(join(clients, 'latin1.md'), Buffer.from('---\nclient: Caf\xe9 Lumi\xe8re\n---\n', 'latin1'));
  writeFileSync(join(clients, 'café & co #2.md'), recordText(['client: Café & Co', 'status: former'], ['2026-09-01 invoice CC-1 $100 due 2026-09-15']));
}
