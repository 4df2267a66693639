import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { agendaOf } from '../../src/core/agenda/agenda';
import { agendaGroup, DEFAULT_AGENDA, groupSteps, type NextStep } from '../../src/core/agenda/next-step';
import { loadLedger } from '../../src/core/load-ledger';
import type { Identity } from '../../src/core/owner';
import { formatDay } from '../../src/core/values/calendar-day';
import { NodeStore } from '../../src/cli/node-store';
import { HANG_GUARD_MS } from '../helpers/budget';
import { ICAL } from '../helpers/ical';
import { day, recordText } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLE = 'examples/ledger/clients';
const TODAY = '2026-11-20';

function run(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The steps core gives for the folder, as the command must print them. */
async function coreSteps(folder: string, mine?: Identity): Promise<NextStep[]> {
  return agendaOf(await loadLedger(new NodeStore(folder)), day(TODAY), { ...DEFAULT_AGENDA, mine });
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

/** A copy of the sample ledger in a temporary folder, `<root>/<below>/clients`; removed after each test. */
function sampleCopy(root: string, below = 'ledger'): string {
  const folder = join(root, below, 'clients');
  cpSync(join(ROOT, SAMPLE), folder, { recursive: true });
  return folder;
}

function insertAfterClientKey(file: string, line: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^(client: .*\n)/m, `$1${line}\n`));
}

describe('client-ledger agenda (the bundled CLI)', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-agenda-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("prints the Next Steps view's groups in order, each step with its day, client, title and file:line; exit 0", async () => {
    const result = run(['agenda', SAMPLE, '--today', TODAY]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const [heading, blank, ...body] = result.stdout.trimEnd().split('\n');
    assert.equal(heading, `Next steps as of ${TODAY}`);
    assert.equal(blank, '');
    const groups = groupSteps(await coreSteps(join(ROOT, SAMPLE)), day(TODAY));
    assert.ok(groups.length >= 3 && groups.every((group) => group.steps.length > 0));
    const printed = body.join('\n').split('\n\n').map((block) => block.split('\n'));
    assert.deepEqual(printed.map((lines) => lines[0]), groups.map((group) => `${group.label} (${group.steps.length})`));
    printed.forEach((lines, index) => {
      const shown = lines.slice(1).map((line) => {
        const match = /^ {2}(\d{4}-\d\d-\d\d) {2}(.+?) +\s(.+) {2}(\S+):(\d+)$/.exec(line);
        assert.ok(match, line);
        return { due: match[1], client: match[2].trimEnd(), title: match[3], file: match[4], line: Number(match[5]) };
      });
      assert.deepEqual(shown, groups[index].steps.map((step) => ({ due: formatDay(step.due), client: step.clientName, title: step.title, file: relative(ROOT, step.file), line: step.line })));
    });
  });

  it('prints one JSON object a step: the steps core gives, with the file relative to the current directory', async () => {
    const json = run(['agenda', SAMPLE, '--today', TODAY, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(json.stderr, '');
    const steps = await coreSteps(join(ROOT, SAMPLE));
    assert.deepEqual(JSON.parse(json.stdout), steps.map((step) => ({
      client: step.clientId,
      clientName: step.clientName,
      file: relative(ROOT, step.file),
      line: step.line,
      due: formatDay(step.due),
      kind: step.kind,
      title: step.title,
      detail: step.detail,
      group: agendaGroup(step.due, day(TODAY)),
    })));
    const inside = run(['agenda', 'clients', '--today', TODAY, '--format', 'json'], join(ROOT, 'examples', 'ledger'));
    assert.deepEqual(JSON.parse(inside.stdout).map((step: { file: string }) => step.file), steps.map((step) => relative(join(ROOT, 'examples', 'ledger'), step.file)));
  });

  it('writes an iCalendar file that ical.js reads as one all-day event a step, on its due day, with the step and its path', async () => {
    const result = run(['agenda', SAMPLE, '--today', TODAY, '--format', 'ics']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(calendar.getFirstPropertyValue('prodid'), `-//Client Ledger//client-ledger ${version}//EN`);
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Client Ledger: next steps');
    const steps = await coreSteps(join(ROOT, SAMPLE));
    const parsed = events(result.stdout);
    assert.equal(parsed.length, steps.length);
    parsed.forEach((event, index) => {
      const step = steps[index];
      assert.equal(event.startDate.isDate, true, 'all day');
      assert.equal(event.startDate.toString(), formatDay(step.due));
      assert.equal(event.endDate.toString(), formatDay((step.due + 1) as typeof step.due));
      assert.equal(event.summary, `${step.clientName}: ${step.title}`);
      assert.equal(event.description, `${step.detail}\n${relative(ROOT, step.file)}:${step.line}`);
      assert.match(event.uid, /@client-ledger$/);
    });
    assert.equal(new Set(parsed.map((event) => event.uid)).size, parsed.length, 'unique UIDs');
    const lines = result.stdout.split('\r\n');
    assert.equal(lines.pop(), '', 'CRLF after the last line');
    for (const line of lines) {
      assert.doesNotMatch(line, /[\r\n]/, 'CRLF line ends only');
      assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
    }
  });

  it('keeps every UID on a second run and after unrelated lines are added to the records', () => {
    const folder = sampleCopy(root);
    const uids = () => {
      const result = run(['agenda', folder, '--today', TODAY, '--format', 'ics']);
      assert.equal(result.code, 0, result.stderr);
      return events(result.stdout).map((event) => [event.uid, event.summary, event.description.split('\n').pop()!]);
    };
    const first = uids();
    assert.deepEqual(uids(), first);
    for (const name of ['brightside-dental.md', 'harbor-realty.md', 'peak-consulting.md', 'orchard-events.md']) insertAfterClientKey(join(folder, name), 'phone: +1 555 0100');
    const after = uids();
    assert.deepEqual(after.map(([uid, summary]) => [uid, summary]), first.map(([uid, summary]) => [uid, summary]));
    assert.notDeepEqual(after.map(([, , where]) => where), first.map(([, , where]) => where), 'the lines moved');
  });

  it('--owner NAME: the steps of the clients NAME owns (by name or email) and of those with no owner, as core gives them', async () => {
    const folder = sampleCopy(root);
    insertAfterClientKey(join(folder, 'brightside-dental.md'), 'owner: Maria Lopez');
    insertAfterClientKey(join(folder, 'harbor-realty.md'), 'owner: tom@example.com');
    const clients = (args: string[]) => {
      const result = run(['agenda', folder, '--today', TODAY, '--format', 'json', ...args]);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as { clientName: string; title: string }[]).map((step) => `${step.clientName}: ${step.title}`);
    };
    const shown = async (mine?: Identity) => (await coreSteps(folder, mine)).map((step) => `${step.clientName}: ${step.title}`);
    const of = (steps: string[], client: string) => steps.some((step) => step.startsWith(`${client}: `));
    const everyone = clients([]);
    assert.deepEqual(everyone, await shown());
    assert.ok(of(everyone, 'Brightside Dental') && of(everyone, 'Harbor Realty'));
    const maria = clients(['--owner', 'maria lopez']);
    assert.deepEqual(maria, await shown({ name: 'maria lopez' }));
    assert.ok(of(maria, 'Brightside Dental') && !of(maria, 'Harbor Realty') && of(maria, 'Sunrise Yoga Studio'), 'hers and the unowned');
    const tom = clients(['--owner', 'TOM@example.com']);
    assert.deepEqual(tom, await shown({ email: 'TOM@example.com' }));
    assert.ok(!of(tom, 'Brightside Dental') && of(tom, 'Harbor Realty'));
    assert.match(run(['agenda', folder, '--today', TODAY, '--owner', 'Tom Doe']).stdout, /^Next steps as of 2026-11-20 for Tom Doe and clients with no owner\n/);
  });

  it("--mine: you as git knows you, the repository's config over ~/.gitconfig (HOME)", () => {
    const folder = sampleCopy(root, 'repo');
    insertAfterClientKey(join(folder, 'brightside-dental.md'), 'owner: maria@example.com');
    mkdirSync(join(root, 'home'));
    const home = { HOME: join(root, 'home') };
    const brightside = (args: string[]) => {
      const result = run(['agenda', folder, '--today', TODAY, '--format', 'json', ...args], root, home);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as { client: string }[]).some((step) => step.client === 'brightside-dental');
    };
    writeFileSync(join(root, 'home', '.gitconfig'), '[user]\n\tname = Maria Lopez\n\temail = maria@example.com\n');
    assert.equal(brightside(['--mine']), true, 'from ~/.gitconfig');
    mkdirSync(join(root, 'repo', '.git'));
    writeFileSync(join(root, 'repo', '.git', 'config'), '[core]\n\tbare = false\n[user]\n\temail = tom@example.com\n');
    assert.equal(brightside(['--mine']), false, "the repository's email wins");
    assert.deepEqual(run(['agenda', folder, '--today', TODAY, '--mine'], root, home).stdout.split('\n')[0], `Next steps as of ${TODAY} for Maria Lopez <tom@example.com> and clients with no owner`);
    assert.equal(brightside([]), true, 'everyone without --mine');
  });

  it('--mine with no git user, and --owner with --mine, are refused with exit 2', () => {
    const folder = sampleCopy(root);
    mkdirSync(join(root, 'home'));
    const mine = run(['agenda', folder, '--today', TODAY, '--mine'], root, { HOME: join(root, 'home') });
    assert.equal(mine.code, 2);
    assert.equal(mine.stdout, '');
    assert.match(mine.stderr, /^client-ledger: --mine: git knows no user here .*git config user\.name "Your Name", or pass --owner NAME\n$/);
    const both = run(['agenda', folder, '--owner', 'Tom', '--mine']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /^client-ledger: --owner and --mine cannot go together: give one\n\nUsage: client-ledger agenda FOLDER /);
  });

  it('an agenda with nothing to do says so, in every format, exit 0', () => {
    writeFileSync(join(root, 'acme.md'), recordText(['status: prospect']));
    const text = run(['agenda', root, '--today', TODAY]);
    assert.equal(text.code, 0, text.stderr);
    assert.equal(text.stdout, `Next steps as of ${TODAY}: none.\n`);
    const json = run(['agenda', root, '--today', TODAY, '--format', 'json']);
    assert.equal(json.stdout, '[]\n');
    const ics = run(['agenda', root, '--today', TODAY, '--format', 'ics']);
    assert.equal(ics.code, 0);
    assert.deepEqual(events(ics.stdout), []);
    assert.equal(new ICAL.Component(ICAL.parse(ics.stdout)).name, 'vcalendar');
  });

  it('lists the readable records and names the one that cannot be read on stderr', () => {
    writeFileSync(join(root, 'acme.md'), '---\nclient: Acme\nstatus: [active\n---\n\n## Log\n');
    writeFileSync(join(root, 'bee.md'), recordText(['client: Bee', 'contact:', '  name: Bo'], ['2026-11-01 email from Bo: a question']));
    const result = run(['agenda', root, '--today', TODAY, '--format', 'json']);
    assert.equal(result.code, 0);
    assert.deepEqual((JSON.parse(result.stdout) as { client: string }[]).map((step) => step.client), ['bee']);
    assert.match(result.stderr, /^client-ledger: warning: the client record .*acme\.md cannot be read \(line \d+: .+\): its steps are not listed\n$/);
  });

  it('a folder without client records, or no such folder, is exit 2', () => {
    writeFileSync(join(root, 'notes.md'), '# Notes\n');
    const none = run(['agenda', root, '--today', TODAY]);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^client-ledger: no client record in .*: none of its 1 markdown file is one .*\n$/);
    const missing = run(['agenda', 'no/such/folder']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'client-ledger: no such folder: no/such/folder\n');
  });

  it('refuses bad arguments with one line and the usage, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['agenda'], /agenda needs a FOLDER/],
      [['agenda', SAMPLE, 'extra'], /unexpected argument: extra/],
      [['agenda', SAMPLE, '--format', 'csv'], /--format must be text, json or ics, not "csv"/],
      [['agenda', SAMPLE, '--today', '2026-02-30'], /--today must be a date YYYY-MM-DD/],
      [['agenda', SAMPLE, '--owner', ' '], /--owner needs a name or an email/],
      [['agenda', SAMPLE, '--owner'], /--owner/],
      [['agenda', SAMPLE, '--currency', 'XX'], /--currency must be an ISO 4217 code/],
      [['agenda', SAMPLE, '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      const [line, blank, usage] = result.stderr.split('\n');
      assert.match(line, new RegExp(`^client-ledger: .*${message.source}`), args.join(' '));
      assert.equal(blank, '');
      assert.match(usage, /^Usage: client-ledger agenda FOLDER /);
    }
  });

  it('is in the help text', () => {
    assert.match(run(['--help']).stdout, /^ {2}agenda +print the next steps, as text, JSON or an iCalendar feed$/m);
    const help = run(['help', 'agenda']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: client-ledger agenda FOLDER \[--today YYYY-MM-DD\] \[--owner NAME \| --mine\]/);
    assert.equal(run(['agenda', '--help']).stdout, help.stdout);
  });

  it('prints exactly what the README shows for the sample ledger', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /<!-- agenda-output:start -->\n```text\n([\s\S]*?)```\n<!-- agenda-output:end -->/.exec(readme);
    assert.ok(shown, 'README has the agenda-output block');
    assert.equal(shown[1], run(['agenda', SAMPLE, '--today', TODAY]).stdout);
  });
});
