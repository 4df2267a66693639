import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';

/**
 * Whether a file really lies inside a folder once symbolic links are resolved: a link to a file
 * elsewhere on the disk is never followed out of it. A path that is gone or unreadable counts as
 * inside: the read that follows says which.
 */
export async function staysInside(folder: string, file: string): Promise<boolean> {
  try {
    const [root, target] = await Promise.all([realpath(folder), realpath(file)]);
    const path = relative(root, target);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  } catch {
    return true;
  }
}

/** Whether a path is a file (not a folder) inside the folder, links resolved. */
export async function isFileInside(folder: string, file: string): Promise<boolean> {
  const isFile = await stat(file).then((stats) => stats.isFile(), () => false);
  return isFile && staysInside(folder, file);
}
