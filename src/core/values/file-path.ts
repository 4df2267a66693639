/** The path of `to` relative to the folder of `from`, with `/` separators; both are store paths. */
export function relativePath(from: string, to: string): string {
  const fromParts = from.split(/[\\/]/).slice(0, -1);
  const toParts = to.split(/[\\/]/);
  let shared = 0;
  while (shared < fromParts.length && shared < toParts.length - 1 && fromParts[shared] === toParts[shared]) shared++;
  return [...fromParts.slice(shared).map(() => '..'), ...toParts.slice(shared)].join('/');
}
