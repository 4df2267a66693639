import type * as vscode from 'vscode';
import { activateWith, type ClientLedgerApi } from '../activate';
import { webPlatform } from './web-platform';

/** The entry of the web bundle (`browser` in package.json), for vscode.dev and github.dev. */
export function activate(context: vscode.ExtensionContext): ClientLedgerApi {
  return activateWith(context, webPlatform);
}

export function deactivate(): void {}
