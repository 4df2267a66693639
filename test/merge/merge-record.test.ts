import assert from 'node:assert/strict';
import { mergeRecord } from '../../src/core/merge/merge-record';
import { mergeLines } from '../../src/core/merge/text-merge';

const FRONTMATTER = ['---', 'client: Acme Bakery', '# billed monthly since March', 'rate: 40/h', 'terms: net 14', 'contact:', '  name: Jane Doe', '  email: jane@acme.example', '---'];
const BODY = ['', '# Acme Bakery', '', 'Jane reads email before 10:00.', '', '## Log', ''];
const ENTRIES = [
  '- 2026-11-01 email to Jane: asked for the service list',
  '- 2026-11-03 work 2h: inbox',
  '  - the supplier thread is still open',
  '- 2026-11-05 email from Jane: answered 1 of 3 questions',
];
const base = record(FRONTMATTER, ENTRIES);

function record(frontmatter: string[], entries: string[], body: string[] = BODY): string {
  return `${[...frontmatter, ...body, ...entries].join('\n')}\n`;
}

function replaced(lines: string[], from: string, ...to: string[]): string[] {
  const index = lines.indexOf(from);
  assert.notEqual(index, -1, `no line ${from}`);
  return [...lines.slice(0, index), ...to, ...lines.slice(index + 1)];
}

function markerCount(text: string): number {
  return text.split('\n').filter((line) => line.startsWith('<<<<<<< ')).length;
}

describe('mergeRecord: frontmatter', () => {
  it('takes a key changed on one side and a key added on the other, cleanly', () => {
    const ours = record(replaced(FRONTMATTER, 'rate: 40/h', 'rate: 45/h'), ENTRIES);
    const theirs = record(replaced(FRONTMATTER, 'terms: net 14', 'terms: net 14', 'owner: Maria'), ENTRIES);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 0);
    assert.equal(result.text, record(replaced(replaced(FRONTMATTER, 'rate: 40/h', 'rate: 45/h'), 'terms: net 14', 'terms: net 14', 'owner: Maria'), ENTRIES));
  });

  it('puts conflict markers around just the key changed differently on both sides', () => {
    const ours = record(replaced(replaced(FRONTMATTER, 'terms: net 14', 'terms: net 7'), '  name: Jane Doe', '  name: Jane Smith'), ENTRIES);
    const theirs = record(replaced(FRONTMATTER, 'terms: net 14', 'terms: net 30'), [...ENTRIES, '- 2026-11-06 note: theirs']);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 1);
    const expected = replaced(replaced(FRONTMATTER, 'terms: net 14', '<<<<<<< ours', 'terms: net 7', '=======', 'terms: net 30', '>>>>>>> theirs'), '  name: Jane Doe', '  name: Jane Smith');
    assert.equal(result.text, record(expected, [...ENTRIES, '- 2026-11-06 note: theirs']));
  });

  it('keeps the comment above a key with it, and deletes a key deleted on one side', () => {
    const ours = record(FRONTMATTER.filter((line) => line !== 'terms: net 14'), ENTRIES);
    const theirs = record(replaced(FRONTMATTER, 'rate: 40/h', 'rate: 50/h'), ENTRIES);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 0);
    assert.match(result.text, /# billed monthly since March\nrate: 50\/h\ncontact:/);
  });

  it('adds a key added on the other side after the key it follows there', () => {
    const theirs = record(replaced(FRONTMATTER, 'client: Acme Bakery', 'client: Acme Bakery', 'status: at-risk'), ENTRIES);
    const ours = record(replaced(FRONTMATTER, 'rate: 40/h', 'rate: 45/h'), ENTRIES);
    const lines = mergeRecord(base, ours, theirs).text.split('\n');
    assert.deepEqual(lines.slice(0, 4), ['---', 'client: Acme Bakery', 'status: at-risk', '# billed monthly since March']);
  });
});

describe('mergeRecord: log', () => {
  it('keeps entries appended on both sides, sorted by date, without markers', () => {
    const ours = record(FRONTMATTER, [...ENTRIES, '- 2026-11-09 meeting with Jane: review', '- 2026-11-02 note: late ours']);
    const theirs = record(FRONTMATTER, [...ENTRIES, '- 2026-11-04 10:15 call to Jane #no-answer', '- 2026-11-10 work 1h']);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 0);
    assert.equal(result.text, record(FRONTMATTER, [
      ENTRIES[0], '- 2026-11-02 note: late ours', ENTRIES[1], ENTRIES[2], '- 2026-11-04 10:15 call to Jane #no-answer', ENTRIES[3],
      '- 2026-11-09 meeting with Jane: review', '- 2026-11-10 work 1h',
    ]));
  });

  it('keeps an added entry\'s nested notes under it, and an identical addition once', () => {
    const added = ['- 2026-11-04 call with Jane: agreed on Sundays', '  - she will send the list', '  - Tom signs'];
    const ours = record(FRONTMATTER, [...ENTRIES, ...added]);
    const theirs = record(FRONTMATTER, [...ENTRIES, ...added, '- 2026-11-02 note: theirs']);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.text, record(FRONTMATTER, [ENTRIES[0], '- 2026-11-02 note: theirs', ENTRIES[1], ENTRIES[2], ...added, ENTRIES[3]]));
    assert.equal(result.conflicts, 0);
  });

  it('removes an entry removed on one side, takes an edit made on one side', () => {
    const ours = record(FRONTMATTER, ENTRIES.filter((line) => line !== ENTRIES[0]));
    const theirs = record(FRONTMATTER, replaced(ENTRIES, '  - the supplier thread is still open', '  - the supplier thread is closed'));
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 0);
    assert.equal(result.text, record(FRONTMATTER, [ENTRIES[1], '  - the supplier thread is closed', ENTRIES[3]]));
  });

  it('puts a conflict on an entry edited differently on both sides only', () => {
    const ours = record(FRONTMATTER, [...replaced(ENTRIES, ENTRIES[3], '- 2026-11-05 email from Jane: answered 2 of 3'), '- 2026-11-07 note: ours']);
    const theirs = record(FRONTMATTER, [...replaced(ENTRIES, ENTRIES[3], '- 2026-11-05 email from Jane: answered all'), '- 2026-11-06 note: theirs']);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 1);
    assert.equal(result.text, record(FRONTMATTER, [
      ...ENTRIES.slice(0, 3), '<<<<<<< ours', '- 2026-11-05 email from Jane: answered 2 of 3', '=======',
      '- 2026-11-05 email from Jane: answered all', '>>>>>>> theirs', '- 2026-11-06 note: theirs', '- 2026-11-07 note: ours',
    ]));
  });

  it('merges prose around the log line by line', () => {
    const ours = record(FRONTMATTER, ENTRIES, replaced(BODY, 'Jane reads email before 10:00.', 'Jane reads email before 9:00.'));
    const theirs = record(FRONTMATTER, [...ENTRIES, '', '## Notes', '', 'Tom signs the invoices.']);
    const result = mergeRecord(base, ours, theirs);
    assert.equal(result.conflicts, 0);
    assert.equal(result.text, record(FRONTMATTER, [...ENTRIES, '', '## Notes', '', 'Tom signs the invoices.'], replaced(BODY, 'Jane reads email before 10:00.', 'Jane reads email before 9:00.')));
  });
});

describe('mergeRecord: text and line endings', () => {
  it('falls back to a line merge with markers when a version is not a client record', () => {
    const plain = '# Notes\n\none\ntwo\nthree\n';
    const clean = mergeRecord(plain, plain.replace('one', 'ONE'), plain.replace('three', 'THREE'));
    assert.deepEqual(clean, { text: '# Notes\n\nONE\ntwo\nTHREE\n', conflicts: 0 });
    const conflict = mergeRecord(plain, plain.replace('two', 'ours'), plain.replace('two', 'theirs'));
    assert.deepEqual(conflict, { text: '# Notes\n\none\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\nthree\n', conflicts: 1 });
  });

  it('merges a document (document: key) as text, not as a record', () => {
    const doc = '---\ndocument: termination\nclient: acme\n---\n\n## Log\n\n- 2026-11-01 note: a\n';
    const ours = `${doc}- 2026-11-03 note: ours\n`;
    const theirs = `${doc}- 2026-11-02 note: theirs\n`;
    const result = mergeRecord(doc, ours, theirs);
    assert.equal(result.conflicts, 1);
    assert.equal(markerCount(result.text), 1);
  });

  it('falls back to text when a frontmatter does not parse', () => {
    const broken = record([...FRONTMATTER.slice(0, -1), 'rate: [unclosed', '---'], ENTRIES);
    const result = mergeRecord(base, broken, record(FRONTMATTER, [...ENTRIES, '- 2026-11-06 note: x']));
    assert.equal(result.conflicts, 0);
    assert.match(result.text, /rate: \[unclosed/);
    assert.match(result.text, /2026-11-06 note: x\n$/);
  });

  it('keeps ours\' CRLF line endings and missing final newline', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const ours = crlf(record(FRONTMATTER, [...ENTRIES, '- 2026-11-07 note: ours'])).replace(/\r\n$/, '');
    const theirs = record(FRONTMATTER, [...ENTRIES, '- 2026-11-06 note: theirs']);
    const result = mergeRecord(crlf(base), ours, theirs);
    assert.equal(result.conflicts, 0);
    assert.equal(result.text, crlf(record(FRONTMATTER, [...ENTRIES, '- 2026-11-06 note: theirs', '- 2026-11-07 note: ours'])).replace(/\r\n$/, ''));
  });

  it('mergeLines takes non-overlapping changes and both sides\' identical change', () => {
    const merged = mergeLines(['a', 'b', 'c', 'd', 'e'], ['a', 'B', 'c', 'd', 'e', 'f'], ['a', 'B', 'c', 'D', 'e']);
    assert.deepEqual(merged, { lines: ['a', 'B', 'c', 'D', 'e', 'f'], conflicts: 0 });
  });
});
