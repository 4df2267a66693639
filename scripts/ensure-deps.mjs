// Installs node_modules from package-lock.json when it is missing or stale, so that
// `npm test` and `npm run sample` work from a clean clone. Idempotent: a second run is a no-op.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = readFileSync(join(root, 'package-lock.json'));
const want = createHash('sha256').update(lock).digest('hex');
const stamp = join(root, 'node_modules', '.client-ledger-deps');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) process.exit(0);

console.error('client-ledger: installing dependencies (npm ci)...');
execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, want);
