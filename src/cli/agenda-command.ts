import { agendaOf } from '../core/agenda/agenda';
import { agendaEvents } from '../core/agenda/agenda-events';
import { agendaGroup, DEFAULT_AGENDA, groupSteps, type NextStep } from '../core/agenda/next-step';
import type { Ledger } from '../core/ledger';
import { isKnown, myIdentity, type Identity } from '../core/owner';
import { formatDay, type Day } from '../core/values/calendar-day';
import { gitIdentity } from '../node/git-identity';
import { choiceOption, currencyOption, parseCommandArguments, positionalArguments, todayOption } from './arguments';
import { calendarFeed } from './calendar-feed';
import type { CliCommand } from './cli-command';
import { ArgumentError, UsageError, type CliIo } from './cli-io';
import { readCliLedger } from './cli-ledger';
import { ledgerFileCounts, noRecords } from './no-records';
import { displayPath } from './render-findings';
import { packageVersion } from '../node/shipped-file';

const AGENDA_USAGE = `Usage: client-ledger agenda FOLDER [--today YYYY-MM-DD] [--owner NAME | --mine]
                             [--format text|json|ics] [--currency CODE]

  agenda           prints the next steps of the ledger in FOLDER as the Next Steps view lists
                   them: grouped Overdue, Today, This week and Later, each with its due day,
                   client, what to do, and the file and line it is about
  --owner NAME     only the steps of the clients whose owner: is NAME (a name or an email),
                   and of the clients with no owner
  --mine           --owner you, as git knows you: user.name and user.email of the repository
                   FOLDER is in, else of ~/.gitconfig
  --format json    a JSON array, one object a step: client, clientName, file, line, due, kind,
                   title, detail, group
  --format ics     an iCalendar file: one all-day event a step on its due day, whose UID stays
                   the same while the step does (importing it again updates the events)`;

type AgendaFormat = 'text' | 'json' | 'ics';

interface AgendaArguments {
  readonly folder: string;
  readonly today: Day;
  readonly format: AgendaFormat;
  readonly owner?: string;
  readonly mine: boolean;
  readonly currency?: string;
}

export const agendaCommand: CliCommand = {
  name: 'agenda',
  summary: 'print the next steps, as text, JSON or an iCalendar feed',
  usage: AGENDA_USAGE,
  exit: `0 printed (also when there is no step), 2 the command could not run (bad arguments,
no such folder or no client record in it, or --mine and git knows no user).`,
  run: (args, io) => runAgenda(args, io),
};

/** `agenda FOLDER ...`: the Next Steps view's steps; 0 printed, 2 when it cannot run. */
async function runAgenda(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseAgendaArguments(args, io);
  const { folder, ledger } = await readCliLedger(io, options.folder, { currency: options.currency, progress: options.format === 'text' });
  const files = ledgerFileCounts(ledger);
  if (files.records === 0) throw new UsageError(noRecords(options.folder, files, 'read'));
  const mine = options.mine ? await gitUser(folder) : options.owner === undefined ? undefined : myIdentity(options.owner, undefined);
  const steps = agendaOf(ledger, options.today, { ...DEFAULT_AGENDA, mine });
  warnUnreadable(ledger, io);
  io.out(render(steps, options, mine, io));
  return 0;
}

function render(steps: readonly NextStep[], options: AgendaArguments, mine: Identity | undefined, io: CliIo): string {
  const path = (file: string) => displayPath(io.cwd, file);
  switch (options.format) {
    case 'ics': return calendarFeed(agendaEvents(steps, path), io.now, packageVersion());
    case 'json': return `${JSON.stringify(steps.map((step) => stepObject(step, options.today, path)), null, 2)}\n`;
    default: return agendaText(steps, options.today, mine, path);
  }
}

/** A heading with the day (and whose steps), then each group with its count, one step a line. */
function agendaText(steps: readonly NextStep[], today: Day, mine: Identity | undefined, path: (file: string) => string): string {
  const whose = mine === undefined ? '' : ` for ${identityText(mine)} and clients with no owner`;
  const heading = `Next steps as of ${formatDay(today)}${whose}`;
  if (steps.length === 0) return `${heading}: none.\n`;
  const width = Math.max(...steps.map((step) => step.clientName.length));
  const groups = groupSteps(steps, today).map((group) => [
    `${group.label} (${group.steps.length})`,
    ...group.steps.map((step) => `  ${formatDay(step.due)}  ${step.clientName.padEnd(width)}  ${step.title}  ${path(step.file)}:${step.line}`),
  ].join('\n'));
  return `${heading}\n\n${groups.join('\n\n')}\n`;
}

/** `Maria Lopez <maria@example.com>`, or the one of the two that is known. */
function identityText(identity: Identity): string {
  return identity.name && identity.email ? `${identity.name} <${identity.email}>` : identity.name || identity.email || '';
}

function stepObject(step: NextStep, today: Day, path: (file: string) => string) {
  return {
    client: step.clientId,
    clientName: step.clientName,
    file: path(step.file),
    line: step.line,
    due: formatDay(step.due),
    kind: step.kind,
    title: step.title,
    detail: step.detail,
    group: agendaGroup(step.due, today),
  };
}

async function gitUser(folder: string): Promise<Identity> {
  const identity = await gitIdentity(folder);
  if (isKnown(identity)) return identity;
  throw new UsageError('--mine: git knows no user here (no user.name or user.email in the .git/config of the folder\'s repository, nor in ~/.gitconfig): set one with git config user.name "Your Name", or pass --owner NAME');
}

/** A record that cannot be read has no steps to list: said on stderr, so that its absence is not taken for "nothing to do". */
function warnUnreadable(ledger: Ledger, io: CliIo): void {
  for (const file of ledger.unreadableClients) {
    const problem = file.problems[0];
    const why = problem ? ` (line ${problem.range.start.line}: ${problem.message})` : '';
    io.err(`client-ledger: warning: the client record ${displayPath(io.cwd, file.file)} cannot be read${why}: its steps are not listed\n`);
  }
}

function parseAgendaArguments(args: readonly string[], io: CliIo): AgendaArguments {
  const { values, positionals } = parseCommandArguments(args, {
    today: { type: 'string' },
    format: { type: 'string', default: 'text' },
    owner: { type: 'string' },
    mine: { type: 'boolean', default: false },
    currency: { type: 'string' },
  });
  const [folder] = positionalArguments('agenda', positionals, ['FOLDER']);
  const format = choiceOption('--format', values.format!, ['text', 'json', 'ics'] as const);
  const owner = values.owner?.trim();
  if (owner !== undefined && values.mine) throw new ArgumentError('--owner and --mine cannot go together: give one');
  if (owner === '') throw new ArgumentError('--owner needs a name or an email, as written in owner: keys');
  return { folder, today: todayOption(values.today, io.now), format, owner, mine: values.mine!, currency: currencyOption(values.currency) };
}
