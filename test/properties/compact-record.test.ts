/**
 * The editor keeps client records compact (their facts and text, the log parsed again when
 * asked): whatever the text, a compact record reads exactly as the full parse, before and after
 * its parse gives way to others, and the check finds the same. Runs and seed: see arbitraries.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkFiles } from '../../src/core/check';
import { parseOptions } from '../../src/core/load-ledger';
import type { ClientRecord, LedgerFile } from '../../src/core/model';
import { CompactClient, RecentParses } from '../../src/core/parse/compact-record';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { standingOf } from '../../src/core/summary/client-standing';
import { HANG_GUARD_MS } from '../helpers/budget';
import { holds, mutatedText, SAMPLE_TEXTS, TODAY, validRecord } from './arbitraries';

const PATH = 'clients/acme.md';
const FIELDS: readonly (keyof ClientRecord)[] = [
  'type', 'file', 'id', 'name', 'status', 'since', 'contact', 'currency', 'rate', 'termsDays', 'notice', 'deposit', 'retainer', 'lateFee',
  'minimumHours', 'retainerHours', 'services', 'agreement', 'hours', 'holdUntil', 'noticeGiven', 'end', 'thresholds', 'owner', 'snooze',
  'places', 'entries', 'problems', 'layout',
];

/** Every field as plain data (entries compute some of theirs when asked: range, text, who). */
function plain(file: LedgerFile): unknown {
  if (file.type !== 'client') return file;
  return Object.fromEntries(FIELDS.map((field) => [field, field === 'entries' ? file.entries.map(entryData) : file[field]]));
}

function entryData(entry: ClientRecord['entries'][number]): unknown {
  const { range, text, source } = entry;
  const who = 'who' in entry ? entry.who : undefined;
  return { ...entry, range, text, source, who };
}

function compareCompact(text: string): void {
  const full = parseLedgerText(PATH, text, parseOptions());
  const recent = new RecentParses(1);
  const compact = parseLedgerText(PATH, text, { ...parseOptions(), recent });
  assert.equal(compact.type, full.type);
  if (full.type !== 'client') return assert.deepEqual(compact, full, 'only client records are kept compact');
  assert.ok(compact instanceof CompactClient);
  assert.deepEqual(plain(compact), plain(full), 'fresh from its parse');
  assert.deepEqual(checkFiles([compact], TODAY), checkFiles([full], TODAY));
  parseLedgerText('clients/other.md', text, { ...parseOptions(), recent }); // its parse gives way
  assert.deepEqual(plain(compact), plain(full), 'parsed again from its text');
  assert.deepEqual(standingOf(compact, [], TODAY).description, standingOf(full, [], TODAY).description);
  assert.deepEqual(checkFiles([compact], TODAY), checkFiles([full], TODAY));
}

describe('compact client records', function () {
  this.timeout(HANG_GUARD_MS);
  it('read as the full parse on every sample record', () => {
    for (const text of SAMPLE_TEXTS) compareCompact(text);
  });

  it('read as the full parse with a byte order mark, CRLF line ends, emoji and a lone surrogate', () => {
    const record = SAMPLE_TEXTS.find((sample) => parseLedgerText(PATH, sample, parseOptions()).type === 'client')!;
    const note = '\n- 2026-11-02 note: thanks \u{1F600} and a stray \uD800 half';
    for (const text of [`\uFEFF${record}`, record.replace(/\n/g, '\r\n'), `${record}${note}`, `\uFEFF${record}${note}`.replace(/\n/g, '\r\n')]) compareCompact(text);
  });

  it('read as the full parse on valid and damaged records', () => {
    holds(fc.property(fc.oneof(validRecord().map((record) => record.text), mutatedText), (text) => compareCompact(text)));
  });

  it('read from their file again when they keep no text, and never fail when it changed or went', () => {
    const text = SAMPLE_TEXTS.find((sample) => parseLedgerText(PATH, sample, parseOptions()).type === 'client')!;
    let onDisk: string | undefined = text;
    const recent = new RecentParses(1);
    const compact = parseLedgerText(PATH, text, { ...parseOptions(), recent, readAgain: () => onDisk }) as ClientRecord;
    const full = parseLedgerText(PATH, text, parseOptions());
    parseLedgerText('clients/other.md', text, { ...parseOptions(), recent });
    assert.deepEqual(plain(compact), plain(full), 'read again from the file');
    for (const changed of [undefined, 'no frontmatter at all', '---\nclient: [unclosed\n---\n']) {
      onDisk = changed;
      parseLedgerText('clients/other.md', text, { ...parseOptions(), recent });
      assert.deepEqual(compact.entries, [], `its log is empty, its facts stand (${changed})`);
      assert.equal(compact.name, full.type === 'client' ? full.name : undefined);
      assert.doesNotThrow(() => checkFiles([compact], TODAY));
    }
  });

  it('keep only the parses read last', () => {
    const recent = new RecentParses(2);
    const text = SAMPLE_TEXTS.find((sample) => parseLedgerText(PATH, sample, parseOptions()).type === 'client')!;
    const records = ['a', 'b', 'c'].map((name) => parseLedgerText(`clients/${name}.md`, text, { ...parseOptions(), recent }) as CompactClient);
    assert.equal(recent.get(records[0]), undefined, 'the oldest gave way');
    assert.ok(recent.get(records[1]) && recent.get(records[2]));
    const again = records[0].entries;
    assert.ok(again.length > 0);
    assert.equal(records[0].entries, again, 'one parse serves every question until it gives way');
    assert.equal(recent.get(records[1]), undefined, 'the least recently asked gave way to it');
  });
});
