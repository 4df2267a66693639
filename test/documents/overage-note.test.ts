import assert from 'node:assert/strict';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { overageNote, overageNotePath } from '../../src/core/documents/overage-note';
import { documentPath, renderDocument } from '../../src/core/documents/render-document';
import { documentRequestsForClient, documentTitle } from '../../src/core/documents/document-actions';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { parseOptions } from '../../src/core/load-ledger';
import type { ClientRecord } from '../../src/core/model';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const FRONT = ['client: Greenleaf Coaching', 'retainer_hours: 10/month', 'rate: 38/h', 'owner: Maria Lopez', 'contact:', '  name: Jordan Blake'];
const LOG = ['2026-10-28 work 4h: October', '2026-10-30 invoice GC-007 $380', '2026-11-03 work 6h: onboarding emails', '2026-11-10 work 3h30m', '2026-11-17 work 3h: launch follow-ups', '2026-11-25 work 2h: later'];

describe('overage note', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });
  const client = parseClient(recordText(FRONT, LOG), 'clients/greenleaf-coaching.md');
  const note = (record: ClientRecord, today = TODAY) => {
    const tree = overageNote(record, documentContext(record, day(today)));
    return tree && write(tree);
  };

  it('tells the client plainly: the hours bought and used, the dated work of the month, the overage and its money', () => {
    const text = note(client)!;
    assert.match(text, /^# Retainer hours: November 2026\n\n2026-11-20\n\nDear Jordan Blake,\n/);
    assert.match(text, /The retainer covers 10h a month; so far this month, 12h 30m of work is logged: 2h 30m more than it covers\./);
    assert.match(text, /The work so far:\n\n- 2026-11-03: 6h, onboarding emails\n- 2026-11-10: 3h 30m\n- 2026-11-17: 3h, launch follow-ups\n\n/);
    assert.doesNotMatch(text, /October|later/);
    assert.match(text, /At the agreed rate of 38\/h, the 2h 30m beyond the retainer come to \$95\.00\./);
    assert.match(text, /I will invoice the \$95\.00 on 2026-11-27, unless you would rather settle it another way: just let me know before then\. Until the retainer renews on 2026-12-01, I will check with you before starting anything that is not urgent\./);
    assert.match(text, /Thank you,\n\nMaria Lopez\n/);
  });

  it('ends with the steps after sending: log the email, and once agreed the invoice with the next ID', () => {
    assert.deepEqual(note(client)!.split('\n').filter((line) => line.startsWith('- [ ] ')), [
      '- [ ] Send it and log it as `email to Jordan Blake: overage note for November 2026`.',
      '- [ ] Once the client agrees, or by 2026-11-27 without an answer: log `invoice GC-008 $95.00: overage of 2h 30m, November 2026`.',
    ]);
  });

  it('without an hourly rate, bills the extra hours as agreed and has no invoice step', () => {
    const text = note(parseClient(recordText(FRONT.filter((line) => !line.startsWith('rate')), LOG)))!;
    assert.match(text, /The 2h 30m beyond the retainer are extra hours, billed as we agreed\./);
    assert.match(text, /I will invoice the extra hours on 2026-11-27/);
    assert.doesNotMatch(text, /\$|invoice GC/);
  });

  it('is not drafted while the retainer is not exceeded', () => {
    assert.equal(note(client, '2026-11-16'), undefined);
    assert.equal(note(parseClient(recordText(['client: Acme'], LOG))), undefined);
  });

  it('keeps the names and the log text as text', () => {
    const hostile = parseClient(recordText(['client: "*Acme* [Inc]"', 'retainer_hours: 1/week', 'contact:', '  name: "_Jo_ <b>"'], ['2026-11-16 work 2h: **big** [link](x) <i>']));
    const text = note(hostile)!;
    assert.match(text, /^Dear \\_Jo\\_ \\?<b>,$/m);
    assert.match(text, /^- 2026-11-16: 2h, \\\*\\\*big\\\*\\\* \\\[link]\\?\(x\) \\?<i>$/m);
  });

  it('is offered in the Clients view and the palette once the retainer is exceeded', () => {
    assert.deepEqual(documentRequestsForClient(client, day(TODAY)).map(documentTitle), ['Create a salvage plan', 'Draft a termination letter', 'Draft a payment reminder for GC-007', 'Draft the overage note']);
    assert.deepEqual(documentRequestsForClient(client, day('2026-11-16')).map(documentTitle), ['Create a salvage plan', 'Draft a termination letter', 'Draft a payment reminder for GC-007']);
  });

  it('goes to clients/<id>/<date>-overage-note.md and reads back as a document of its client', () => {
    assert.deepEqual(overageNotePath(client, day(TODAY)), ['greenleaf-coaching', '2026-11-20-overage-note.md']);
    assert.deepEqual(documentPath('overage-note', client, day(TODAY)), ['greenleaf-coaching', '2026-11-20-overage-note.md']);
    const rendered = renderDocument('overage-note', client, documentContext(client, day(TODAY)), write)!;
    const read = parseLedgerText('clients/greenleaf-coaching/2026-11-20-overage-note.md', rendered, parseOptions());
    assert.equal(read.type, 'document');
    assert.ok(read.type === 'document' && read.kind === 'overage-note' && read.clientId === 'greenleaf-coaching');
  });
});
