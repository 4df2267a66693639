import { Console } from 'node:console';
import type { CliCommand } from './cli-command';
import { ArgumentError } from './cli-io';
import { parseCommandArguments, positionalArguments } from './arguments';
import { packageVersion } from '../node/shipped-file';

const LSP_USAGE = `Usage: client-ledger lsp [--stdio]

  lsp              speaks the Language Server Protocol on standard input and output, for
                   editors other than VS Code (Neovim, Helix, Zed, Emacs...): the findings as
                   diagnostics, their quick fixes, and the ledger's language features, for the
                   ledger folder (clientLedger.folder, default clients) of each workspace folder
  --stdio          the flag editors pass; standard input and output are the only transport`;

/** Transports other servers offer, refused by name rather than as unknown flags. */
const OTHER_TRANSPORTS = ['--socket', '--node-ipc', '--pipe'];

export const lspCommand: CliCommand = {
  name: 'lsp',
  summary: 'run the language server for other editors (over standard input/output)',
  usage: LSP_USAGE,
  exit: `0 after the client's shutdown and exit, 1 when the client went away without them,
2 bad arguments.`,
  run: (args) => runLsp(args),
};

async function runLsp(args: readonly string[]): Promise<number> {
  const transport = args.find((arg) => OTHER_TRANSPORTS.includes(arg.split('=')[0]));
  if (transport !== undefined) throw new ArgumentError(`${transport.split('=')[0]} is not supported: the language server speaks over standard input/output (--stdio)`);
  const { positionals } = parseCommandArguments(args, { stdio: { type: 'boolean' }, clientProcessId: { type: 'string' } });
  positionalArguments('lsp', positionals, []);
  // Standard output carries the protocol and nothing else: whatever logs goes to standard error.
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
  // Loaded only here: the other commands need none of the protocol's machinery at start-up.
  const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([import('vscode-languageserver/node'), import('../lsp/server.js')]);
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection, { name: 'client-ledger', version: packageVersion() });
  // The connection ends the process: on `exit` (0 after `shutdown`), or when the client's end of standard input closes.
  return new Promise<number>(() => undefined);
}
