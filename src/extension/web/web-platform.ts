import { folderGitUser } from '../git-identity';
import { linkFree } from '../link-free';
import type { Platform } from '../platform';

/**
 * The web worker extension host (vscode.dev, github.dev): every file through workspace.fs, no
 * home folder, so no ~/.gitconfig.
 */
export const webPlatform: Platform = {
  gitIdentity: folderGitUser,
  staysInside: linkFree,
  disk: undefined,
  identitySources: "the workspace folder's .git/config; ~/.gitconfig cannot be read on the web",
};
