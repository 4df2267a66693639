import type * as vscode from 'vscode';

/** Activation stub: the diagnostics, tree and commands arrive with the next issue. */
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
