import type * as vscode from 'vscode';
import { activateWith, type ClientLedgerApi } from './activate';
import { nodePlatform } from './node/node-platform';

export type { ClientLedgerApi } from './activate';

/** The entry of the desktop bundle (`main` in package.json): the Node extension host. */
export function activate(context: vscode.ExtensionContext): ClientLedgerApi {
  return activateWith(context, nodePlatform);
}

export function deactivate(): void {}
