import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file the package ships (docs/rules.md), found from the running code: beside dist/ for the
 * bundle, three folders up from out/src/<folder>/ for the compiled tests; undefined elsewhere.
 */
export function shippedFile(...segments: string[]): string | undefined {
  for (const up of ['..', join('..', '..', '..')]) {
    const path = join(__dirname, up, ...segments);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** The package's version, from the package.json shipped with the code; undefined when there is none. */
export function packageVersion(): string | undefined {
  const path = shippedFile('package.json');
  try {
    const manifest = JSON.parse(readFileSync(path!, 'utf8')) as { name?: unknown; version?: unknown };
    return manifest.name === 'client-ledger' && typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined; // not there, or not ours: the version is left out
  }
}
