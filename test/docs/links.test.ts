import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Heading, Nodes, Root } from 'mdast';
import { HANG_GUARD_MS } from '../helpers/budget';

// Every relative link and #anchor of the README, the CHANGELOG and docs/*.md leads somewhere
// in the repository: a file or folder that exists, and a heading of the target page (GitHub's
// heading ids) for an anchor. Links with a scheme (https:, mailto:) are not followed.

const ROOT = resolve(__dirname, '../../..');
const PAGES = ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];

let fromMarkdown: (value: string) => Root;
let mdastToString: (value: unknown) => string;

function nodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(nodes) : [])];
}

/** GitHub's heading ids (github-slugger): lower case, punctuation dropped, spaces as hyphens, -1, -2 for repeats. */
function headingIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  const occurrences = new Map<string, number>();
  for (const node of nodes(tree)) {
    if (node.type !== 'heading') continue;
    const base = mdastToString(node as Heading).toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    let id = base;
    while (ids.has(id)) {
      const count = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, count);
      id = `${base}-${count}`;
    }
    ids.add(id);
  }
  return ids;
}

/** The links of one page (path relative to ROOT) that lead nowhere, as "page:line url: why". */
function brokenLinks(page: string, text: string): string[] {
  const tree = fromMarkdown(text);
  const broken: string[] = [];
  const ownIds = headingIds(tree);
  const idsOf = (target: string) => (target === page ? ownIds : pageOf(target)?.ids);
  for (const node of nodes(tree)) {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue;
    const { url } = node;
    if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) continue;
    const at = `${page}:${node.position?.start.line} ${url}`;
    const hash = url.indexOf('#');
    const path = decodeURIComponent(hash < 0 ? url : url.slice(0, hash));
    const anchor = hash < 0 ? undefined : decodeURIComponent(url.slice(hash + 1));
    const target = path === '' ? page : relative(ROOT, path.startsWith('/') ? join(ROOT, path) : resolve(ROOT, dirname(page), path));
    if (target.startsWith('..') || isAbsolute(target)) {
      broken.push(`${at}: outside the repository`);
      continue;
    }
    if (!existsSync(join(ROOT, target))) {
      broken.push(`${at}: no such file`);
      continue;
    }
    if (anchor === undefined || !target.endsWith('.md')) continue;
    if (!idsOf(target)?.has(anchor)) broken.push(`${at}: no heading #${anchor} in ${target}`);
  }
  return broken;
}

interface Page {
  readonly text: string;
  readonly tree: Root;
  readonly ids: Set<string>;
}
const parsed = new Map<string, Page | undefined>();

/** A file of the repository, parsed once; undefined for a folder. */
function pageOf(path: string): Page | undefined {
  if (!parsed.has(path)) {
    const file = join(ROOT, path);
    let page: Page | undefined;
    if (statSync(file).isFile()) {
      const text = readFileSync(file, 'utf8');
      const tree = fromMarkdown(text);
      page = { text, tree, ids: headingIds(tree) };
    }
    parsed.set(path, page);
  }
  return parsed.get(path);
}

describe('links in the README, the CHANGELOG and docs/*.md', function () {
  this.timeout(HANG_GUARD_MS);
  before(async () => {
    ({ fromMarkdown } = await import('mdast-util-from-markdown'));
    ({ toString: mdastToString } = await import('mdast-util-to-string'));
  });

  for (const page of PAGES) {
    it(`${page}: every relative link and anchor resolves`, () => {
      assert.deepEqual(brokenLinks(page, pageOf(page)!.text), []);
    });
  }

  it('checks links at all: the README and the docs link to pages, headings and pictures', () => {
    const links = PAGES.flatMap((page) => nodes(pageOf(page)!.tree))
      .filter((node) => node.type === 'link' || node.type === 'image');
    assert.ok(links.some((node) => node.type === 'image'));
    assert.ok(links.filter((node) => node.type === 'link' && node.url.includes('#')).length >= 20);
  });

  it('names heading ids as GitHub does, and finds what leads nowhere', () => {
    const page = [
      '# Decisions where the spec is silent', '## `snooze`: until a day', '## Log', '## Log', '## Café & co. (2026)',
      '[a](#decisions-where-the-spec-is-silent) [b](#snooze-until-a-day) [c](#log-1) [d](#café--co-2026) [e](https://example.com/x#y)',
      '[f](#log-2) [g](../shared/ledger-format.md) [h](docs/nowhere.md) [i](docs/rules.md#no-such-rule) [j](docs/rules.md#no-contact)',
      '![k](docs/images/missing.png) [l](#Log)',
    ].join('\n\n');
    assert.deepEqual(brokenLinks('README.md', page).map((line) => line.replace(/^README\.md:\d+ /, '')), [
      '#log-2: no heading #log-2 in README.md',
      '../shared/ledger-format.md: outside the repository',
      'docs/nowhere.md: no such file',
      'docs/rules.md#no-such-rule: no heading #no-such-rule in docs/rules.md',
      'docs/images/missing.png: no such file',
      '#Log: no heading #Log in README.md',
    ]);
  });
});
