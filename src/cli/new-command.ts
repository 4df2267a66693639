import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { clientIdFromName, newClientRecord } from '../core/templates/new-client';
import { ArgumentError, UsageError, type CliIo } from './cli-io';
import { currencyOption, parseCommandArguments, positionalArguments, todayOption } from './arguments';
import type { CliCommand } from './cli-command';
import { displayPath } from './render-findings';
import { fileProblem } from './file-problem';

const NEW_USAGE = `Usage: client-ledger new "Client Name" FOLDER [--today YYYY-MM-DD] [--currency CODE]

  new              writes the record the extension's New Client command creates,
                   FOLDER/<id>.md (the id from the name: "Acme Bakery & Co." -> acme-bakery-co),
                   and prints its path; never over an existing file. FOLDER is created when
                   its parent folder exists (a first client in a new workspace)
  --currency CODE  the record's currency: (USD when not given)`;

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'write a new client record, as the New Client command does',
  usage: NEW_USAGE,
  exit: '0 written, 2 nothing was written: bad arguments, no such folder, or the record already there.',
  run: (args, io) => runNew(args, io),
};

async function runNew(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(args, { today: { type: 'string' }, currency: { type: 'string' } });
  const [given, folderGiven] = positionalArguments('new', positionals, ['NAME', 'FOLDER']);
  const name = given.trim();
  if (name === '') throw new ArgumentError('new needs a client name, not an empty one');
  const text = newClientRecord(name, todayOption(values.today, io.now), currencyOption(values.currency));
  const folder = resolve(io.cwd, folderGiven);
  if (await ledgerFolder(folder, folderGiven)) io.err(`client-ledger: created the folder ${displayPath(io.cwd, folder)}\n`);
  const path = join(folder, `${clientIdFromName(name)}.md`);
  try {
    await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'is already there; it was not changed' : `cannot be written: ${fileProblem(error)}`;
    throw new UsageError(`a client record ${displayPath(io.cwd, path)} ${why}`);
  }
  io.out(`${displayPath(io.cwd, path)}\n`);
  return 0;
}

/** Makes sure the folder is there: created (true) when its parent is, a usage error when neither is or a file is in the way. */
async function ledgerFolder(folder: string, given: string): Promise<boolean> {
  const info = await stat(folder).catch(() => undefined);
  if (info?.isDirectory()) return false;
  if (info) throw new UsageError(`${given} is a file, not a folder`);
  if (!(await stat(dirname(folder)).catch(() => undefined))?.isDirectory()) throw new UsageError(`no such folder: ${given} (nor its parent, so it was not created)`);
  try {
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot create the folder ${given}: ${fileProblem(error)}`);
    return false;
  }
  return true;
}
