import assert from 'node:assert/strict';
import { markdownPathsIn, pathCandidates } from '../../src/core/navigation/written-paths';

describe('where a path written in a ledger file leads (pathCandidates)', () => {
  it('from the file\'s own folder first, then from the workspace folder', () => {
    assert.deepEqual(pathCandidates('agreements/acme.pdf', ['clients']), [['clients', 'agreements', 'acme.pdf'], ['agreements', 'acme.pdf']]);
    assert.deepEqual(pathCandidates('./acme/2026-11-20-salvage-plan.md', ['clients']), [['clients', 'acme', '2026-11-20-salvage-plan.md'], ['acme', '2026-11-20-salvage-plan.md']]);
    assert.deepEqual(pathCandidates('  x.pdf ', []), [['x.pdf']], 'a file at the top: one candidate');
  });

  it('.. climbs, but never above the workspace folder', () => {
    assert.deepEqual(pathCandidates('../agreements/acme.pdf', ['clients']), [['agreements', 'acme.pdf']]);
    assert.deepEqual(pathCandidates('../../etc/passwd', ['clients']), []);
    assert.deepEqual(pathCandidates('a/../../b', ['clients', 'archive']), [['clients', 'b']]);
    assert.deepEqual(pathCandidates('..', ['clients']), [], 'the workspace folder itself is no file');
  });

  it('an absolute path, a link, a drive or a NUL leads nowhere', () => {
    for (const written of ['/etc/passwd', '\\\\server\\share\\a.pdf', 'https://example.com/a.pdf', 'file:///etc/passwd', 'C:\\a.pdf', 'C:a.pdf', 'a\0.pdf', '', '   ']) {
      assert.deepEqual(pathCandidates(written, ['clients']), [], JSON.stringify(written));
    }
  });

  it('a backslash separates folders too', () => {
    assert.deepEqual(pathCandidates('agreements\\acme.pdf', []), [['agreements', 'acme.pdf']]);
  });
});

describe('the paths of markdown files a text names (markdownPathsIn)', () => {
  const found = (text: string) => markdownPathsIn(text).map((path) => `${path.range.start.line}:${path.range.start.column}-${path.range.end.column} ${path.path}`);

  it('words ending in .md, anywhere, with their 1-based ranges', () => {
    assert.deepEqual(found('- 2026-10-14 note: letter in peak-consulting/2026-10-14-termination.md, sent\n(see ./plan.md).'), [
      '1:30-71 peak-consulting/2026-10-14-termination.md',
      '2:6-15 ./plan.md',
    ]);
    assert.deepEqual(found('clients/acme/x.MD'), ['1:1-18 clients/acme/x.MD']);
  });

  it('not a markdown link\'s target, nor an autolink: the markdown extension links those', () => {
    assert.deepEqual(found('[the letter](peak/2026-10-14-termination.md) and <peak/x.md>'), []);
  });

  it('not a longer word, nor another extension', () => {
    assert.deepEqual(found('notes.mdx x.md.bak readme.md5 x.md'), ['1:31-35 x.md']);
  });

  it('a final full stop or comma is not part of it; a path in backticks or quotes is', () => {
    assert.deepEqual(found('See a/b.md. Or `a/c.md`, "a/d.md"'), ['1:5-11 a/b.md', '1:17-23 a/c.md', '1:27-33 a/d.md']);
  });
});
