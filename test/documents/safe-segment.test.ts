import assert from 'node:assert/strict';
import { posix, win32 } from 'node:path';
import { MAX_SEGMENT_BYTES, isSafeSegment, safeSegment } from '../../src/core/documents/safe-segment';
import { documentPath, documentPathBeside } from '../../src/core/documents/render-document';
import { paymentReminderPath } from '../../src/core/documents/payment-reminder';
import { salvagePlanPath } from '../../src/core/documents/salvage-plan';
import { terminationPath } from '../../src/core/documents/termination-letter';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const HOSTILE = [
  '..', '.', '...', '../etc/passwd', '..\\..\\Windows\\System32', '/etc/passwd', '\\\\server\\share\\x', 'C:\\Users\\x',
  'C:', 'a/../../b', 'a\\..\\b', 'a\u0000b', '\u0000', 'x/./y', './x', '.git', '.. ', ' ..', '.\u0000.', 'con', 'CON',
  'nul.md', 'Com1', 'LPT9.txt', 'conin$', 'aux.tar.gz', 'COM\u00b9', 'a:b', 'a*b?c"d<e>f|g', 'x\ny', 'x\u202eexe.md',
  '\ud800', 'a'.repeat(300), '\u00e9'.repeat(300), '\u{1F600}'.repeat(100), 'trailing. . ', '-', '//', '\\', '',
];

/** Every way a caller might join the segment to the record's folder stays in it. */
function assertContained(segment: string, input: string): void {
  for (const path of [posix, win32]) {
    const base = path === posix ? '/ledger/clients' : 'C:\\ledger\\clients';
    const joined = path.join(base, segment, '2026-11-20-salvage-plan.md');
    const relative = path.relative(base, joined);
    assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `${JSON.stringify(input)} escapes as ${joined}`);
    assert.equal(relative.split(path.sep).length, 2, `${JSON.stringify(input)} is one segment`);
  }
}

describe('safe path segments', () => {
  it('keeps ordinary ids as they are', () => {
    for (const id of ['nova-startups', 'acme_2', 'peak.consulting', 'Caf\u00e9 Lumi\u00e8re', 'BD-023', 'console', 'COM10', 'nullable']) {
      assert.equal(safeSegment(id), id);
      assert.equal(isSafeSegment(id), true, id);
    }
  });

  it('refuses ids with nothing usable left', () => {
    for (const id of ['..', '.', '...', '', '   ', '/', '\\', '//', '\u0000', '. .', '-']) assert.equal(safeSegment(id), undefined, JSON.stringify(id));
  });

  it('turns separators, drive colons, NUL and control characters into dashes', () => {
    assert.equal(safeSegment('../etc/passwd'), 'etc-passwd');
    assert.equal(safeSegment('..\\..\\Windows'), 'Windows');
    assert.equal(safeSegment('C:\\Users\\x'), 'C--Users-x');
    assert.equal(safeSegment('a\u0000b'), 'a-b');
    assert.equal(safeSegment('x\ny'), 'x-y');
    assert.equal(safeSegment('a*b?c"d<e>f|g'), 'a-b-c-d-e-f-g');
    assert.equal(safeSegment('x\u202eexe.md'), 'x-exe.md');
    assert.equal(safeSegment('ok\ud800'), 'ok-');
  });

  it('drops leading dots and trailing dots and spaces (hidden names, Windows trimming)', () => {
    assert.equal(safeSegment('.git'), 'git');
    assert.equal(safeSegment('trailing. . '), 'trailing');
    assert.equal(safeSegment(' ..x'), 'x');
  });

  it('puts a _ before Windows device names, with any extension and in any case', () => {
    for (const id of ['CON', 'con', 'Prn', 'AUX', 'nul', 'NUL.md', 'COM1', 'com9', 'LPT1', 'lpt9.txt', 'CONIN$', 'conout$', 'COM\u00b9', 'aux.tar.gz']) {
      assert.equal(safeSegment(id), `_${id}`, id);
    }
  });

  it('cuts over-long names at a character boundary', () => {
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    for (const id of ['a'.repeat(300), '\u00e9'.repeat(300), '\u{1F600}'.repeat(100), `x${'\u00e9'.repeat(200)}`]) {
      const segment = safeSegment(id)!;
      assert.ok(bytes(segment) <= MAX_SEGMENT_BYTES, `${bytes(segment)} bytes`);
      assert.ok(bytes(segment) > MAX_SEGMENT_BYTES - 4, 'cut no shorter than needed');
      assert.ok(id.startsWith(segment), 'a prefix of the id, no broken character');
      assert.ok(!/[\ud800-\udfff]$/.test(segment) || /[\ud800-\udbff][\udc00-\udfff]$/.test(segment));
    }
  });

  it('never lets a hostile id out of the record folder', () => {
    for (const input of HOSTILE) {
      const segment = safeSegment(input);
      if (segment === undefined) continue;
      assert.doesNotMatch(segment, /[/\\\u0000-\u001f:]/, JSON.stringify(input));
      assert.notEqual(segment.replace(/[. ]/g, ''), '', JSON.stringify(input));
      assert.equal(safeSegment(segment), segment, `sanitising is stable for ${JSON.stringify(input)}`);
      assertContained(segment, input);
    }
  });
});

describe('document paths', () => {
  const today = day(TODAY);
  const client = (id: string) => parseClient(recordText([]), `clients/${id}.md`);

  it('puts each kind under <id>/ beside the record, named by date and kind', () => {
    const acme = client('acme');
    assert.deepEqual(salvagePlanPath(acme, today), ['acme', '2026-11-20-salvage-plan.md']);
    assert.deepEqual(terminationPath(acme, today), ['acme', '2026-11-20-termination.md']);
    assert.deepEqual(paymentReminderPath(acme, 'INV-042', today), ['acme', '2026-11-20-payment-reminder-INV-042.md']);
    assert.deepEqual(documentPath('termination', acme, today), ['acme', '2026-11-20-termination.md']);
    assert.deepEqual(documentPath({ kind: 'payment-reminder', invoiceId: 'A.1' }, acme, today), ['acme', '2026-11-20-payment-reminder-A.1.md']);
    assert.equal(documentPathBeside('clients/acme.md', ['acme', 'x.md']), 'clients/acme/x.md');
    assert.equal(documentPathBeside('clients\\team\\acme.md', ['acme', 'x.md']), 'clients/team/acme/x.md');
    assert.equal(documentPathBeside('acme.md', ['acme', 'x.md']), 'acme/x.md');
  });

  it('refuses a record whose id cannot name a folder', () => {
    const dots = client('..');
    assert.equal(dots.id, '..');
    assert.equal(salvagePlanPath(dots, today), undefined);
    assert.equal(terminationPath(dots, today), undefined);
    assert.equal(paymentReminderPath(dots, 'A-1', today), undefined);
    assert.equal(paymentReminderPath(client('acme'), '..', today), undefined);
  });

  it('sanitises hostile client and invoice ids into one folder and one file', () => {
    const hostile = parseClient(recordText([]), 'clients/x.md');
    for (const id of HOSTILE) {
      const record = { ...hostile, id };
      for (const segments of [salvagePlanPath(record, today), terminationPath(record, today), paymentReminderPath(record, `../${id}`, today)]) {
        if (segments === undefined) continue;
        assert.equal(segments.length, 2);
        for (const segment of segments) assertContained(segment, id);
        const joined = posix.join('/ledger/clients', ...segments);
        assert.ok(joined.startsWith(`/ledger/clients/${segments[0]}/`), joined);
      }
    }
    assert.deepEqual(paymentReminderPath(client('acme'), '../../x', today), ['acme', '2026-11-20-payment-reminder-x.md']);
    assert.deepEqual(salvagePlanPath({ ...hostile, id: 'CON' }, today), ['_CON', '2026-11-20-salvage-plan.md']);
  });
});
