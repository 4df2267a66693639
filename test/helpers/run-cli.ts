import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository's root, from out/test/helpers/. */
export const ROOT = resolve(__dirname, '../../..');
/** The bundled command line the tests run, as it ships. */
export const CLI = join(ROOT, 'dist/cli.js');

/** `node dist/cli.js ARGS` in `cwd`: its exit status and both streams. */
export function runCli(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
