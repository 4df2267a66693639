/**
 * Property tests ("Never lose a line"): a scaffolded document's path never leaves
 * `<record folder>/<id>/`, whatever the client id, invoice id or record file name; and a workspace
 * template (which only fills text: fillTemplate returns the file's text, never a path) cannot
 * change the frontmatter the extension writes. Runs and seed: see arbitraries.ts.
 */
import assert from 'node:assert/strict';
import { posix, win32 } from 'node:path';
import fc from 'fast-check';
import { documentContext } from '../../src/core/documents/document-facts';
import { documentFrontmatter } from '../../src/core/documents/document-frontmatter';
import { fillTemplate } from '../../src/core/documents/document-template';
import type { MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { documentPath, documentPathBeside, type DocumentRequest } from '../../src/core/documents/render-document';
import { isSafeSegment, MAX_SEGMENT_BYTES, safeSegment } from '../../src/core/documents/safe-segment';
import { parseOptions } from '../../src/core/load-ledger';
import type { ClientRecord } from '../../src/core/model';
import { clientIdOf, parseLedgerText } from '../../src/core/parse/ledger-file';
import { recordText } from '../helpers/ledger-text';
import { anyText, claim, holds, nameText, TODAY, TODAY_TEXT } from './arbitraries';
import { HANG_GUARD_MS } from '../helpers/budget';

// ---------------------------------------------------------------------------------------------
// Hostile names

const RESERVED = ['CON', 'con', 'Prn', 'AUX', 'NUL', 'nul', 'COM0', 'COM1', 'com9', 'COM\u00b9', 'LPT1', 'lpt9', 'LPT\u00b3', 'CONIN$', 'conout$', 'CLOCK$'];
const PIECES = [
  '..', '.', '/', '\\', '../', '..\\', '/etc/x', 'C:\\x', 'C:', '\\\\server\\share', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085',
  '\u202e', '\u2066', '\ufeff', '\u200f', ' ', '  ', '\t', '\n', '\r', '-', '_', ':', '*', '?', '"', '<', '>', '|', '$', '~', '%2e',
  '.md', '.txt', '.tar.gz', 'acme', 'Acme Bakery', 'é', 'e\u0301', '😀', '\ud800', '\udc00', '\u00a0', '\u3000', 'x'.repeat(120), 'é'.repeat(60),
  ...RESERVED,
];

/** Client ids and file names: reserved names with and without extensions, traversal, separators, controls, unicode. */
const hostileName = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')), weight: 4 },
  { arbitrary: fc.tuple(fc.constantFrom(...RESERVED), fc.constantFrom('', ' ', '.', '. ', ' .md', '.md', '.txt', ':x', ' :x', '  .tar.gz', '..', 'x', '1')).map(([name, tail]) => name + tail), weight: 2 },
  { arbitrary: anyText, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 90, maxLength: 140 }), weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// What Windows and POSIX make of a name

/**
 * Whether Windows reads `name` as a device (after Go's path/filepath isReservedName, which calls
 * RtlIsDosDeviceName_U for the names with an extension): the part before the first `.` or `:`,
 * with trailing spaces ignored, is CON, PRN, AUX, NUL, COM1-9, LPT1-9 (or ¹²³), CONIN$ or CONOUT$.
 */
function isWindowsDevice(name: string): boolean {
  const base = name.split(/[.:]/)[0].replace(/ +$/, '').toUpperCase();
  return /^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]|CONIN\$|CONOUT\$)$/.test(base);
}

const UTF8 = new TextEncoder();

/** Half of a UTF-16 pair without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What a file name cannot keep: separators, characters Windows forbids, controls, direction marks, spaces, dots and dashes. */
const NOT_USABLE = /[\s.\-/\\<>:"|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The longest file name most file systems take, in bytes. */
const MAX_NAME_BYTES = 255;

/** Everything a safe segment must be, checked without the code under test. */
function assertSafe(segment: string, input: string, maxBytes = MAX_SEGMENT_BYTES): void {
  const what = () => `${JSON.stringify(segment)} (from ${JSON.stringify(input)})`;
  claim(segment.length > 0, () => `${what()} is empty`);
  claim(!/[/\\<>:"|?*\u0000-\u001f\u007f-\u009f]/.test(segment), () => `${what()} holds a separator, a character Windows forbids or a control character`);
  claim(!/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(segment), () => `${what()} holds an invisible direction mark`);
  claim(segment.replace(LONE_SURROGATE, '') === segment, () => `${what()} holds half a surrogate pair`);
  claim(!segment.startsWith('.') && !segment.startsWith('-') && !/^\s/.test(segment), () => `${what()} starts with a dot, a dash or a space`);
  claim(!/[. ]$/.test(segment), () => `${what()} ends with a dot or a space (Windows would trim it into another name)`);
  claim(UTF8.encode(segment).length <= maxBytes, () => `${what()} is over ${maxBytes} bytes`);
  claim(!isWindowsDevice(segment), () => `${what()} is a Windows device name`);
  claim(segment === segment.normalize('NFC'), () => `${what()} is not in NFC`);
}

/**
 * `relative` (a path with `/` from documentPathBeside) joined under `root` lands exactly in
 * `<root>/<folder of the record>/<first segment>/<second segment>`, on POSIX and on Windows.
 */
function assertInside(recordFile: string, relative: string, segments: readonly [string, string]): void {
  const recordFolder = posix.dirname(recordFile.replace(/\\/g, '/'));
  for (const [path, root] of [[posix, '/ledger'], [win32, 'C:\\ledger']] as const) {
    const resolved = path.resolve(root, relative);
    const folder = path.resolve(root, recordFolder, segments[0]);
    assert.equal(path.join(root, relative), resolved, 'the path normalises as it resolves');
    claim(path.dirname(resolved) === folder, () => `${JSON.stringify(relative)} is not directly in ${folder} (${path === posix ? 'POSIX' : 'Windows'})`);
    assert.equal(path.basename(resolved), segments[1]);
    assert.equal(path.relative(path.resolve(root, recordFolder), resolved), path.join(...segments), 'two levels under the record folder');
  }
}

// ---------------------------------------------------------------------------------------------

const options = parseOptions();
const baseText = recordText([], ['2026-09-01 invoice INV-1 $100 due 2026-09-15']);

/** A record whose id is `id` (the engine's clientIdOf option), at `file`. */
function clientWithId(id: string, file = 'clients/x.md'): ClientRecord {
  const parsed = parseLedgerText(file, baseText, { ...options, clientIdOf: () => id });
  assert.equal(parsed.type, 'client');
  return parsed as ClientRecord;
}

/** Read once: the template property changes only the id and the name. */
const baseClient = clientWithId('acme');

const requests = fc.oneof(
  fc.constant<DocumentRequest>({ kind: 'salvage-plan' }),
  fc.constant<DocumentRequest>({ kind: 'termination' }),
  fc.constant<DocumentRequest>({ kind: 'statement' }),
  fc.constant<DocumentRequest>({ kind: 'overage-note' }),
  fc.oneof(fc.constant('INV-1'), hostileName).map((invoiceId): DocumentRequest => ({ kind: 'payment-reminder', invoiceId })),
);

describe('property: scaffolded document paths never escape <record folder>/<id>/', function () {
  this.timeout(HANG_GUARD_MS);
  it('safeSegment gives a safe, stable segment, and refuses only names with nothing usable', () => {
    holds(fc.property(hostileName, (name) => {
      const segment = safeSegment(name);
      const usable = name.replace(LONE_SURROGATE, '').replace(NOT_USABLE, '') !== '';
      claim((segment !== undefined) === usable, () => `${JSON.stringify(name)} gives ${JSON.stringify(segment)}`);
      if (segment === undefined) return;
      assertSafe(segment, name);
      assert.equal(safeSegment(segment), segment, 'cleaning a clean segment changes nothing');
      assert.equal(isSafeSegment(segment), true);
      assertInside('clients/acme.md', documentPathBeside('clients/acme.md', [segment, 'x.md']), [segment, 'x.md']);
    }));
  });

  it('safeSegment keeps ordinary ids as they are', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcxyzABCZ0189éøß'), minLength: 1, maxLength: 8 });
    const ordinary = fc.array(fc.tuple(word, fc.constantFrom('-', '_', ' ', '.', '')), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.map(([text, joint], index) => (index < parts.length - 1 ? text + joint : text)).join(''))
      .filter((id) => !isWindowsDevice(id) && !/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(id));
    holds(fc.property(ordinary, (id) => {
      assert.equal(safeSegment(id), id);
      assert.equal(isSafeSegment(id), true);
    }));
  });

  it('documentPath of any client id and invoice id, joined beside any record file', () => {
    // The folder comes from the store; the file name is anyone's (without a separator, as Windows names are).
    const recordFile = fc.tuple(fc.constantFrom('', 'clients/', 'clients/archive/', 'clients\\team\\', 'a/b/c/'), hostileName)
      .map(([folder, name]) => `${folder}${name.replace(/[/\\]/g, '-')}.md`);
    holds(fc.property(hostileName, requests, recordFile, (id, request, file) => {
      const client: ClientRecord = { ...baseClient, id, file };
      const segments = documentPath(request, client, TODAY);
      const folder = safeSegment(id);
      const invoice = request.kind === 'payment-reminder' ? safeSegment(request.invoiceId) : '';
      if (folder === undefined || invoice === undefined) {
        claim(segments === undefined, () => `a path for the unusable id ${JSON.stringify(id)}`);
        return;
      }
      claim(segments, () => `no path for ${JSON.stringify(id)}`);
      assert.equal(segments.length, 2);
      assert.equal(segments[0], folder, 'the folder is the cleaned id');
      assertSafe(segments[0], id);
      assertSafe(segments[1], id, MAX_NAME_BYTES);
      const suffix = request.kind === 'payment-reminder' ? `payment-reminder-${invoice}` : request.kind;
      assert.equal(segments[1], `${TODAY_TEXT}-${suffix}.md`);
      assertInside(file, documentPathBeside(file, segments), segments);
    }));
  });

  it('documentPath of a record named by its file, on a POSIX disk where a name may hold anything but / and NUL', () => {
    const posixName = hostileName.map((name) => name.replace(/[/\u0000]/g, '-'));
    holds(fc.property(posixName, (name) => {
      const file = `clients/${name}.md`;
      const parsed = parseLedgerText(file, baseText, options);
      assert.equal(parsed.type, 'client');
      const client = parsed as ClientRecord;
      assert.equal(client.id, clientIdOf(file));
      const segments = documentPath('salvage-plan', client, TODAY);
      if (segments === undefined) {
        assert.equal(safeSegment(client.id), undefined);
        return;
      }
      assertSafe(segments[0], name);
      assertSafe(segments[1], name, MAX_NAME_BYTES);
      // The record really is in /ledger/clients: its draft goes to /ledger/clients/<id>/.
      const resolved = posix.resolve('/ledger', documentPathBeside(file, segments));
      claim(resolved === posix.join('/ledger/clients', ...segments), () => `the draft of the record ${JSON.stringify(file)} lands at ${resolved}`);
    }));
  });
});

// ---------------------------------------------------------------------------------------------

/** A writer that ignores the tree and returns hostile text, to show the frontmatter never comes from it. */
const hostileOutput = fc.oneof(
  fc.constantFrom('---\nclient: evil\ndocument: evil\n---\n', '\n---\nclient: evil\n---', 'client: evil', '---', '{{client}}', ''),
  anyText,
);

const template = fc.tuple(
  fc.constantFrom('', '---\ndocument: evil\nclient: evil\n---\n', '---\r\nclient: evil\r\n---\r\n', '\ufeff---\nclient: evil\n---\n', '---\nunclosed: yes\n'),
  fc.array(fc.oneof(
    fc.constantFrom('{{client}}', '{{ client_id }}', '{{document}}', '{{contact}}', '{{open_invoices}}', '{{status}}', '{{today}}', '{{nope}}', '{{constructor}}', '{{__proto__}}'),
    fc.constantFrom('\n', '\n---\n', 'client: evil\n', 'document: evil\n', '# Letterhead\n', '{{', '}}'),
    anyText,
  ), { maxLength: 8 }),
).map(([head, parts]) => head + parts.join(''));

/**
 * Client ids as file names give them (anything but `/`) for which a document can be drafted: the
 * extension offers none when documentPath refuses the id.
 */
const fileId = fc.oneof(hostileName, fc.constantFrom('yes', '123', 'a: b', '#x', '- x', 'null', '~', '"q"', "'q'", '[x]', '{x}', '&a', '*a', '! x', '|', '>', '%x', '@x', '`x`'))
  .map((id) => clientIdOf(`clients/${id.replace(/\//g, '-')}.md`))
  .filter((id) => id !== '' && safeSegment(id) !== undefined);

describe('property: a filled template keeps the frontmatter the extension writes', function () {
  this.timeout(HANG_GUARD_MS);
  it('no template, placeholder value or writer output changes document:, client: or created:', () => {
    holds(fc.property(template, fc.constantFrom<DocumentRequest>({ kind: 'salvage-plan' }, { kind: 'termination' }, { kind: 'payment-reminder', invoiceId: 'INV-1' }),
      fileId, nameText, hostileOutput, (body, request, id, name, output) => {
        const client: ClientRecord = { ...baseClient, id, name };
        const writer: MarkdownWriter = () => output;
        const filled = fillTemplate(body, request, client, documentContext(client, TODAY), writer);
        assert.ok(filled, 'a template is filled for an open invoice and for the other kinds');
        const frontmatter = documentFrontmatter(request.kind, id, TODAY);
        assert.ok(filled.text.startsWith(`${frontmatter}\n`), 'the text starts with our frontmatter and a blank line');
        const document = parseLedgerText(`clients/${id.replace(/\\/g, '-')}/x.md`, filled.text, options);
        claim(document.type === 'document', () => `the filled template is not a document: ${JSON.stringify(document).slice(0, 300)}`);
        if (document.type !== 'document') return;
        assert.equal(document.kind, request.kind);
        assert.equal(document.clientId, id, 'client: reads back as the record id');
        assert.equal(document.created, TODAY);
        assert.deepEqual([...document.places.keys()], ['document', 'client', 'created'], 'no other key');
        assert.deepEqual(document.problems, []);
      }));
  });
});
