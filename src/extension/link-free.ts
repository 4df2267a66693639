import * as vscode from 'vscode';

/**
 * Whether no symbolic link lies between a ledger folder and a file in it, by the file types
 * workspace.fs reports, where a link's target cannot be resolved (the web, other schemes). A
 * link may lead out of the ledger, so a file behind one is not read. A file outside the folder,
 * gone or unreadable counts as link-free: the read that follows says which.
 */
export async function linkFree(folder: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  const prefix = `${folder.path.replace(/\/$/, '')}/`;
  if (!file.path.startsWith(prefix)) return true;
  const names = file.path.slice(prefix.length).split('/').filter((name) => name !== '');
  const steps = names.map((_, index) => vscode.Uri.joinPath(folder, ...names.slice(0, index + 1)));
  const types = await Promise.all(steps.map((step) => Promise.resolve(vscode.workspace.fs.stat(step)).then((stat) => stat.type, () => vscode.FileType.Unknown)));
  return types.every((type) => (type & vscode.FileType.SymbolicLink) === 0);
}
