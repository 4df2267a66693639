import assert from 'node:assert/strict';
import type { Nodes, Root } from 'mdast';
import { checkFiles } from '../../src/core/check';
import { documentContext } from '../../src/core/documents/document-facts';
import { documentFrontmatter } from '../../src/core/documents/document-frontmatter';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { draftFiles, renderDocument, renderDraft, type RequestLike } from '../../src/core/documents/render-document';
import type { ClientRecord, DocumentRecord } from '../../src/core/model';
import { day, parseClient, parseFile, recordText, TODAY } from '../helpers/ledger-text';
import { HANG_GUARD_MS } from '../helpers/budget';

type Parse = (markdown: string) => Root;

/** The text of a node, as a reader sees it. */
function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
}

function nodeTypes(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type);
  if ('children' in node) for (const child of node.children as Nodes[]) nodeTypes(child, into);
  return into;
}

/** Every paragraph and heading, as [type, text, node types inside]. */
function blocks(tree: Root): { type: string; text: string; inside: Set<string> }[] {
  const found: { type: string; text: string; inside: Set<string> }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const inside = nodeTypes(node);
      inside.delete(node.type);
      found.push({ type: node.type, text: plain(node), inside });
    } else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

/** The markdown with its code spans blanked: `~~` inside code is not strikethrough. */
function outsideCode(markdown: string, tree: Root): string {
  let result = markdown;
  const visit = (node: Nodes) => {
    if (node.type === 'inlineCode' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const { start, end } = node.position;
      result = result.slice(0, start.offset) + ' '.repeat(end.offset! - start.offset!) + result.slice(end.offset);
    } else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return result;
}

const HOSTILE_NAMES = [
  '*Acme* [Inc]', '_Under_ & __Strong__', '<script>alert(1)</script>', '[link](https://evil.example)', '![img](x.png)',
  '`code` and ``more``', '# Not a heading', '- not a list', '1. not a list', '> not a quote', '\\*escaped\\*',
  '~~struck~~', 'a | b | c', '&amp; &#42; &copy;', 'Tom <tom@evil.example>', 'https://evil.example', '***', '<!-- x -->',
  '[x] done', '[ref]: https://evil.example', 'Name\nwith a line break', '*', '_', '\\',
];

describe('rendering a document', function () {
  this.timeout(HANG_GUARD_MS);
  let write: MarkdownWriter;
  let parse: Parse;
  before(async () => {
    write = await loadMarkdownWriter();
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    parse = (markdown) => fromMarkdown(markdown);
  });

  const today = day(TODAY);
  const client = (text: string, file = 'clients/acme.md') => parseClient(text, file);
  const context = (record: ClientRecord) => documentContext(record, today);
  const risky = () => recordText(['client: Acme', 'contact:', '  name: Jo', '  backup: Bo'], [
    '2026-08-01 invoice A-1 $1,250 due 2026-08-15',
    '2026-11-05 issue #disrespect: called my work "lazy"',
  ]);

  it('loads the writer once and shares it', async () => {
    assert.equal(await loadMarkdownWriter(), write);
  });

  it('writes the frontmatter the ledger reads as a document of the client', () => {
    const record = client(risky());
    const files = (['salvage-plan', 'termination', 'lessons-learned', 'statement'] as const).flatMap((kind) => draftFiles(kind, record, context(record))!);
    assert.deepEqual(files.map((file) => file.segments.join('/')), [
      'acme/2026-11-20-salvage-plan.md', 'acme/2026-11-20-termination.md', 'acme/2026-11-20-decision-record.md', 'acme/2026-11-20-lessons-learned.md',
      'acme/2026-11-20-statement.md',
    ]);
    for (const file of files) {
      const { kind } = file;
      const text = renderDraft(file, record, today, write);
      assert.ok(text.startsWith(`---\ndocument: ${kind}\nclient: acme\ncreated: 2026-11-20\n---\n\n# `), text.slice(0, 120));
      const parsed = parseFile(text, `clients/acme/2026-11-20-${kind}.md`) as DocumentRecord;
      assert.equal(parsed.type, 'document');
      assert.equal(parsed.kind, kind);
      assert.equal(parsed.clientId, 'acme');
      assert.equal(parsed.created, today);
      assert.deepEqual(parsed.problems, []);
      const findings = checkFiles([record, parsed], today).filter((file) => file.file === parsed.file);
      assert.deepEqual(findings, [], 'no document-client-unknown, no key-unknown');
    }
    const reminder = renderDocument({ kind: 'payment-reminder', invoiceId: 'A-1' }, record, context(record), write)!;
    assert.equal((parseFile(reminder, 'clients/acme/r.md') as DocumentRecord).kind, 'payment-reminder');
  });

  it('quotes any id in the frontmatter so it reads back as the same text', () => {
    for (const id of ['yes', 'no', 'null', '123', '0x1F', 'a: b', '#hash', "it's", '"quoted"', '[list]', '{map}', '- dash', 'a\n---\nb', '2026-01-01', '~', '*star', '&anchor', '!tag', '%x', '@at', '`tick']) {
      const text = `${documentFrontmatter('salvage-plan', id, today)}\nbody\n`;
      const parsed = parseFile(text, 'clients/x/doc.md') as DocumentRecord;
      assert.equal(parsed.type, 'document', `${JSON.stringify(id)}: ${text}`);
      assert.equal(parsed.clientId, id.trim(), JSON.stringify(id));
      assert.equal(parsed.kind, 'salvage-plan');
    }
  });

  it('writes -, _ and [ ] and nothing else for bullets, emphasis and steps', () => {
    const record = client(risky());
    const text = renderDocument('salvage-plan', record, context(record), write) + renderDocument('termination', record, context(record), write);
    assert.match(text, /^- \[ \] /m);
    assert.match(text, /^- /m);
    assert.match(text, /_Your name_/);
    assert.doesNotMatch(text, /^\s*[*+] /m);
    assert.doesNotMatch(text, /^\s*-\s{2,}\S/m, 'one space after a bullet');
  });

  const REQUESTS: readonly RequestLike[] = ['salvage-plan', 'termination', 'lessons-learned', { kind: 'payment-reminder', invoiceId: 'A-1' }];
  for (const request of REQUESTS) {
    const name = typeof request === 'string' ? request : request.kind;
    it(`keeps hostile names and log text as text in every file a ${name} drafts`, () => {
      for (const hostile of HOSTILE_NAMES) {
        const clean = hostile.replace(/\n/g, ' ');
        const text = recordText([`client: ${JSON.stringify(hostile)}`, 'contact:', `  name: ${JSON.stringify(hostile)}`, `  backup: ${JSON.stringify(hostile)}`], [
          '2026-08-01 invoice A-1 $1,250 due 2026-08-15',
          `2026-11-05 issue #disrespect: ${clean}`,
          '2026-11-06 issue #unprofessional: plain',
          `2026-11-07 email to Jo: ${clean}`,
        ]);
        const record = client(text);
        assert.equal(record.name, hostile);
        for (const file of draftFiles(request, record, context(record))!) {
          const kind = file.kind;
          const markdown = write(file.tree);
          const tree = parse(markdown);
          const all = blocks(tree);
          for (const block of all) {
            if (block.text === 'Your name') continue;
            const markup = [...block.inside].filter((type) => type !== 'text' && type !== 'inlineCode');
            assert.deepEqual(markup, [], `${kind}: ${JSON.stringify(hostile)} made ${markup} in ${JSON.stringify(block.text)}\n${markdown}`);
          }
          const title = all.find((block) => block.type === 'heading')!;
          assert.deepEqual([...title.inside], ['text'], `${kind}: heading of ${JSON.stringify(hostile)}: ${markdown.split('\n')[0]}`);
          if (kind !== 'payment-reminder') assert.ok(title.text.endsWith(clean), `${title.text} ends with ${clean}`);
          const greeting = all.find((block) => block.text.startsWith('Dear '));
          if (greeting) assert.equal(greeting.text, `Dear ${clean},`);
          if (kind === 'salvage-plan') {
            assert.ok(all.some((block) => block.text === `2026-11-05: ${clean}` && [...block.inside].join() === 'text'), `${kind}: log text ${JSON.stringify(hostile)}\n${markdown}`);
            assert.ok(all.some((block) => block.text.endsWith(`contact the backup, ${clean}.`)), `backup ${JSON.stringify(hostile)}\n${markdown}`);
          }
          if (kind === 'decision-record' || kind === 'lessons-learned') {
            assert.ok(all.some((block) => block.text.startsWith(`2026-11-05 issue #disrespect: ${clean}`) && block.inside.has('inlineCode')), `${kind}: the log line as written\n${markdown}`);
          }
          assert.equal(tree.children.filter((node) => node.type === 'heading' && node.depth === 1).length, 1, 'one title');
          assert.doesNotMatch(outsideCode(markdown, tree), /(^|[^\\])~~/, 'strikethrough escaped for GitHub');
        }
      }
    });
  }

  it('escapes the name from the issue: *Acme* [Inc]', () => {
    const record = client(recordText(['client: "*Acme* [Inc]"']));
    const markdown = renderDocument('salvage-plan', record, context(record), write);
    assert.match(markdown, /^# Salvage plan: \\\*Acme\\\* \\\[Inc]$/m);
    const heading = parse(markdown.replace(/^---[\s\S]*?---\n/, '')).children[0];
    assert.equal(heading.type, 'heading');
    assert.equal(plain(heading), 'Salvage plan: *Acme* [Inc]');
  });

  it('has no reminder for an invoice that is unknown or paid', () => {
    const record = client(recordText([], ['2026-10-01 invoice A-1 $10', '2026-10-05 payment A-1 $10']));
    assert.equal(renderDocument({ kind: 'payment-reminder', invoiceId: 'A-1' }, record, context(record), write), undefined);
    assert.equal(renderDocument({ kind: 'payment-reminder', invoiceId: 'B-2' }, record, context(record), write), undefined);
  });
});
