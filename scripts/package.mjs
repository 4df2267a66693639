// `npm run package`: builds the bundles and packs the extension with @vscode/vsce into
// client-ledger-<version>.vsix (git-ignored). What goes in is package.json's "files" (plus the
// manifest, README and LICENSE, which vsce always adds); the UI test installs this file.
// There is no public repository yet, so README links stay relative (they open inside VS Code).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const vsixPath = join(root, `${name}-${version}.vsix`);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const vsce = join(require.resolve('@vscode/vsce/package.json'), '..', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsixPath], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  process.stdout.write(`${vsixPath}\n`);
}
