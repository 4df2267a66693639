import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package's version, when its package.json is where a build puts it (dist/ or out/src/cli/ below it). */
export function toolVersion(): string | undefined {
  for (const up of ['..', join('..', '..', '..')]) {
    try {
      const manifest = JSON.parse(readFileSync(join(__dirname, up, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'client-ledger' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not there: try the next place, or leave the version out
    }
  }
  return undefined;
}
