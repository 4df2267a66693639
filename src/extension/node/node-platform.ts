import type { Platform } from '../platform';
import { nodeDiskReads } from './disk-reads';
import { nodeGitIdentity } from './git-identity';
import { staysInside } from './inside-folder';

/** The desktop's Node extension host: the disk is read directly, ~/.gitconfig is reachable. */
export const nodePlatform: Platform = {
  gitIdentity: nodeGitIdentity,
  staysInside,
  disk: nodeDiskReads,
  identitySources: "the .git/config of the workspace folder's repository and ~/.gitconfig",
};
