import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { mergeRecord } from '../core/merge/merge-record';
import { ArgumentError, UsageError, type CliIo } from './cli-io';
import { parseCommandArguments } from './arguments';
import type { CliCommand } from './cli-command';

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'the git merge driver for client records',
  usage: `Usage: client-ledger merge BASE OURS THEIRS [PATH]

  the git merge driver (client-ledger merge %O %A %B %P): merges the three versions of a
  client record and writes the result into OURS`,
  exit: '0 merged cleanly, 1 conflict markers were written into OURS, 2 the command could not run.',
  run: (args, io) => runMerge(args, io),
};

export const installMergeDriverCommand: CliCommand = {
  name: 'install-merge-driver',
  summary: 'make git merge client records with the merge driver',
  usage: `Usage: client-ledger install-merge-driver [--folder clients]

  run inside a git repository: adds FOLDER/**/*.md merge=client-ledger to the repository's
  .gitattributes and configures the driver in .git/config`,
  exit: '0 installed, 2 the command could not run (not in a git repository, a folder outside it).',
  run: (args, io) => runInstallMergeDriver(args, io),
};

/** `merge BASE OURS THEIRS [PATH]`: 0 merged cleanly, 1 conflicts written into OURS, 2 cannot run. */
function runMerge(args: readonly string[], io: CliIo): number {
  const { positionals } = parseCommandArguments(args, {});
  if (positionals.length < 3 || positionals.length > 4) throw new ArgumentError('merge takes BASE OURS THEIRS [PATH]');
  const [base, ours, theirs] = positionals.slice(0, 3).map((file) => resolve(io.cwd, file));
  const shown = positionals[3] ?? positionals[1];
  let texts: string[];
  try {
    texts = [base, ours, theirs].map((file) => readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(`client-ledger: merge ${shown}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = mergeRecord(texts[0], texts[1], texts[2]);
  try {
    writeFileSync(ours, result.text);
  } catch (error) {
    io.err(`client-ledger: merge ${shown}: ${(error as Error).message}\n`);
    return 2;
  }
  if (result.conflicts === 0) return 0;
  io.err(`client-ledger: merge ${shown}: ${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} left in conflict markers\n`);
  return 1;
}

const DRIVER = 'client-ledger';

/** `install-merge-driver [--folder clients]`: .gitattributes line (once) and the driver's git config. */
function runInstallMergeDriver(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArguments(args, { folder: { type: 'string', default: 'clients' } });
  if (positionals.length > 0) throw new ArgumentError(`unexpected argument: ${positionals[0]}`);
  const root = git(['rev-parse', '--show-toplevel'], io.cwd);
  const folder = relative(root, resolve(io.cwd, values.folder!)).split(sep).join('/');
  if (folder.startsWith('..')) throw new UsageError(`the folder ${values.folder} is outside the git repository ${root}`);
  const pattern = `${folder === '' ? '' : `${folder}/`}**/*.md merge=${DRIVER}`;
  const added = addAttribute(join(root, '.gitattributes'), pattern);
  git(['config', `merge.${DRIVER}.name`, 'Client Ledger records'], root);
  git(['config', `merge.${DRIVER}.driver`, driverCommand()], root);
  io.out(`${added ? 'Added' : 'Kept'} "${pattern}" in .gitattributes; merge driver "${DRIVER}" configured in this repository.\n`);
  return 0;
}

/** Appends the line unless .gitattributes has it already; true when appended. */
function addAttribute(file: string, line: string): boolean {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current.split(/\r?\n/).some((existing) => existing.trim() === line)) return false;
  appendFileSync(file, `${current === '' || current.endsWith('\n') ? '' : '\n'}${line}\n`);
  return true;
}

/** This node and this script, quoted for the shell git runs the driver with. */
function driverCommand(): string {
  const script = resolve(require.main?.filename ?? process.argv[1]);
  return `${shellWord(process.execPath)} ${shellWord(script)} merge %O %A %B %P`;
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new UsageError(`git ${args[0]} failed: ${detail}`);
  }
}
