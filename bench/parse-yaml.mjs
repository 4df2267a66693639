// The frontmatter reader alone, for before/after figures of a change to the YAML fast path:
//
//   npx tsc -p tsconfig.test.json && node bench/generate-ledger.mjs DIR 1000
//   node bench/parse-yaml.mjs DIR [RUNS] [OTHER_ROOT...]
//
// Times, on texts already in memory, RUNS passes (default 21, after 3 warm-up rounds) over every
// record: the fast path alone (parseSimpleYaml), the frontmatter through readYamlFields (fast
// path, then the full parser for reference) and the whole file through parseLedgerText. Each
// OTHER_ROOT is another checkout's root with its own out/ (e.g. a worktree of the base commit):
// passes alternate between the builds, each first in turn, so that a busy machine slows them
// alike. Prints the median and the fastest pass of each, wall time. Not part of npm run bench.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const [dir, runsText, ...others] = process.argv.slice(2);
const runs = Number(runsText ?? 21);
const roots = [join(fileURLToPath(import.meta.url), '..', '..'), ...others.map((root) => resolve(root))];

function engine(root) {
  const require = createRequire(join(root, 'package.json'));
  const load = (path) => require(join(root, 'out', 'src', 'core', path));
  const modules = ['parse/yaml-fields.js', 'parse/simple-yaml.js', 'parse/ledger-file.js', 'parse/frontmatter-block.js', 'parse/source-text.js'];
  return Object.assign({ options: load('load-ledger.js').parseOptions() }, ...modules.map(load));
}

const builds = roots.map(engine);
const files = (function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [path] : [];
  });
})(dir).sort();
const texts = files.map((path) => readFileSync(path, 'utf8'));
const records = texts.map((text) => {
  const lines = builds[0].splitLines(text);
  return { lines, block: builds[0].splitFrontmatter(lines).block };
});

const passes = {
  'parseSimpleYaml alone': (build) => records.forEach(({ lines, block }) => build.parseSimpleYaml(lines, block.start, block.end)),
  'frontmatter, fast path': (build) => records.forEach(({ lines, block }) => build.readYamlFields(lines, block)),
  'frontmatter, full parser': (build) => records.forEach(({ lines, block }) => build.readYamlFields(lines, block, { fullParser: true })),
  'whole file': (build) => texts.forEach((text, index) => build.parseLedgerText(files[index], text, build.options)),
};

const taken = builds.map((build) => records.filter(({ lines, block }) => build.parseSimpleYaml(lines, block.start, block.end)).length);
console.log(`${files.length} records, on the fast path: ${taken.join(' / ')}; ${runs} passes of each; median (fastest) ms for ${roots.join(' / ')}`);
for (let warm = 0; warm < 3; warm++) for (const pass of Object.values(passes)) builds.forEach(pass);
for (const [name, pass] of Object.entries(passes)) {
  const times = builds.map(() => []);
  for (let run = 0; run < runs; run++) {
    const order = builds.map((_, index) => index);
    for (const index of run % 2 === 0 ? order : order.reverse()) {
      const start = performance.now();
      pass(builds[index]);
      times[index].push(performance.now() - start);
    }
  }
  const figures = times.map((list) => list.sort((a, b) => a - b)).map((list) => `${list[Math.floor(list.length / 2)].toFixed(1)} (${list[0].toFixed(1)})`);
  console.log(`  ${name.padEnd(26)} ${figures.join('   ')}`);
}
