import * as vscode from 'vscode';
import type { SourcePosition, SourceRange } from '../core/model';

/** The engine's 1-based positions as the editor's 0-based ones. */
export function toVsPosition(position: SourcePosition): vscode.Position {
  return new vscode.Position(position.line - 1, position.column - 1);
}

export function toVsRange(range: SourceRange): vscode.Range {
  return new vscode.Range(toVsPosition(range.start), toVsPosition(range.end));
}

/** The editor's 0-based position as the engine's 1-based one. */
export function fromVsPosition(position: vscode.Position): SourcePosition {
  return { line: position.line + 1, column: position.character + 1 };
}
