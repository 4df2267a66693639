import * as vscode from 'vscode';

/**
 * The markdown files under a folder of another scheme than `file`, listed through
 * `workspace.fs` as the command line lists a folder on disk: hidden folders and node_modules
 * skipped, linked folders not followed (the reads refuse linked files: link-free.ts). A
 * workspace search would wait for a search provider that an in-memory or remote file system
 * may never register.
 */
export async function listThroughWorkspace(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).catch(() => []);
  const listed = await Promise.all(entries.map(([name, type]) => {
    if (name.startsWith('.') || name === 'node_modules') return [];
    const uri = vscode.Uri.joinPath(folder, name);
    if (type === vscode.FileType.Directory) return listThroughWorkspace(uri);
    return (type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.md') ? [uri] : [];
  }));
  return listed.flat().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
