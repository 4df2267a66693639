// Rewrites the sample-output, statement-output and agenda-output blocks of README.md with what the
// command line really prints (test/sample/sample-ledger.test.ts, test/cli/statement-command.test.ts
// and test/cli/agenda-command.test.ts fail when they differ). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const blocks = [
  { name: 'sample-output', fence: 'text', args: ['check', 'examples/ledger/clients', '--today', '2026-11-20'] },
  { name: 'statement-output', fence: 'markdown', args: ['statement', 'brightside-dental', 'examples/ledger/clients', '--today', '2026-11-20'] },
  { name: 'agenda-output', fence: 'text', args: ['agenda', 'examples/ledger/clients', '--today', '2026-11-20'] },
];
let readme = readFileSync('README.md', 'utf8');
for (const { name, fence, args } of blocks) {
  const output = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' }).stdout;
  const block = new RegExp(`(<!-- ${name}:start -->\\n\`\`\`${fence}\\n)[\\s\\S]*?(\`\`\`\\n<!-- ${name}:end -->)`);
  if (!block.test(readme)) throw new Error(`README.md has no ${name} block`);
  readme = readme.replace(block, (_, start, end) => `${start}${output}${end}`);
}
writeFileSync('README.md', readme);
