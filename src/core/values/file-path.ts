/** The path of `to` relative to the folder of `from`, with `/` separators; both are store paths. */
export function relativePath(from: string, to: string): string {
  const fromParts = from.split(/[\\/]/).slice(0, -1);
  const toParts = to.split(/[\\/]/);
  let shared = 0;
  while (shared < fromParts.length && shared < toParts.length - 1 && fromParts[shared] === toParts[shared]) shared++;
  return [...fromParts.slice(shared).map(() => '..'), ...toParts.slice(shared)].join('/');
}

/**
 * Where the file name starts in a path. A path with a `/` is a POSIX or URI path, where `\` is
 * part of a file name (`clients/..\..\x.md` is one file in `clients/`); only a path without
 * any `/` is taken as a Windows path.
 */
export function fileNameStart(path: string): number {
  return (path.includes('/') ? path.lastIndexOf('/') : path.lastIndexOf('\\')) + 1;
}
