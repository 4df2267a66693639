import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const DRIVER = join(ROOT, 'test/editors/neovim-driver.lua');
/** vim.diagnostic.severity: ERROR 1, WARN 2, INFO 3, HINT 4. */
const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

interface NeovimRun {
  readonly all_published: boolean;
  readonly errors: string[];
  readonly diagnostics: { file: string; line: number; column: number; rule: string; message: string; severity: number }[];
  readonly actions?: string[];
  readonly after?: string;
  readonly hover?: string;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Neovim, headless, with its built-in LSP client and nothing of the user's (-u NONE). */
function runNeovim(workspace: string, files: readonly string[]): NeovimRun {
  const out = join(workspace, '..', `${workspace.split('/').pop()}-neovim.json`);
  const env = { ...process.env, CL_CLI: CLI, CL_WORKSPACE: workspace, CL_FILES: files.join('\n'), CL_OUT: out, CL_WAIT_MS: String(HANG_GUARD_MS / 2) };
  const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${DRIVER}`], { cwd: workspace, env, encoding: 'utf8', timeout: HANG_GUARD_MS });
  if (run.error) throw new Error(`nvim could not run (${run.error.message}): scripts/test-host/setup.sh installs Debian's neovim`);
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
  } catch {
    throw new Error(`Neovim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
  } finally {
    rmSync(out, { force: true });
  }
}

describe('the language server in Neovim (its built-in LSP client, headless)', function () {
  this.timeout(HANG_GUARD_MS * 2);
  let workspace: string;
  let run: NeovimRun;
  let expected: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'client-ledger-neovim-'));
    cpSync(join(ROOT, 'examples/ledger'), workspace, { recursive: true });
    const check = spawnSync(process.execPath, [CLI, 'check', 'clients', '--today', '2026-11-20', '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
    expected = JSON.parse(check.stdout);
    run = runNeovim(workspace, markdownFiles(join(workspace, 'clients')));
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('shows on every record exactly the findings check gives', () => {
    assert.deepEqual(run.errors, []);
    assert.equal(run.all_published, true, 'the server published diagnostics for every open record');
    const shown = run.diagnostics.map((d) => ({ file: relative(workspace, d.file), line: d.line, column: d.column, severity: SEVERITIES[d.severity], rule: d.rule, message: d.message }));
    const key = (d: { file: string; line: number; column: number; rule: string }) => `${d.file}:${d.line}:${d.column}:${d.rule}`;
    assert.ok(expected.length > 20, 'the sample ledger has findings to compare');
    assert.deepEqual([...shown].sort((a, b) => key(a).localeCompare(key(b))), [...expected].sort((a, b) => key(a).localeCompare(key(b))));
  });

  it("applies a quick fix's edit as Neovim applies it, and the server reads the edit (the hover says paid)", () => {
    const overdue = expected.find((d) => d.rule === 'invoice-overdue' && d.file === 'clients/brightside-dental.md')!;
    const [, id, days] = /^Invoice (\S+) .* is (\d+) days overdue/.exec(overdue.message)!;
    assert.ok(run.actions?.some((title) => title.startsWith(`Record payment of `) && title.endsWith(` for ${id}`)), String(run.actions));
    assert.match(run.after ?? '', new RegExp(`\\n- 2026-11-20 payment ${id} \\$[\\d.]+$`));
    assert.match(run.hover ?? '', new RegExp(`Invoice ${id}[\\s\\S]*Paid in full on 2026-11-20, ${days} days late`));
  });
});
