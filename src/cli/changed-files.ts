import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files under `folder` that git says changed against `ref` (default HEAD): in the working
 * tree, staged, and new files not ignored; as real absolute paths. Runs the local `git` (no
 * network); an error with git's own words when the folder is not in a repository or the ref
 * is unknown.
 */
export function changedFiles(folder: string, ref = 'HEAD'): Set<string> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let root: string;
  try {
    root = git('rev-parse', '--show-toplevel').trim();
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    throw new Error(stderr || `${ref} is not a commit of the repository at ${folder}`);
  }
  const lines = [
    ...git('diff', '--name-only', '-z', ref, '--', '.').split('\0'),
    ...git('diff', '--name-only', '-z', '--cached', ref, '--', '.').split('\0'),
    ...git('ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', '.').split('\0'),
  ];
  return new Set(lines.filter((line) => line !== '').map((line) => real(join(root, line))));
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // deleted: it has no findings anyway
  }
}
