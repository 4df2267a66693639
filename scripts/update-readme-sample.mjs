// Rewrites the sample-output block of README.md with what the checker really prints
// (test/sample/sample-ledger.test.ts fails when the two differ). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = ['dist/cli.js', 'check', 'examples/ledger/clients', '--today', '2026-11-20'];
const output = spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout;
const readme = readFileSync('README.md', 'utf8');
const block = /(<!-- sample-output:start -->\n```text\n)[\s\S]*?(```\n<!-- sample-output:end -->)/;
if (!block.test(readme)) throw new Error('README.md has no sample-output block');
writeFileSync('README.md', readme.replace(block, (_, start, end) => `${start}${output}${end}`));
