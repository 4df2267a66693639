import * as vscode from 'vscode';
import type { Finding, Severity, SourceRange } from '../core/model';
import type { LedgerQueries } from './ledger-queries';
import { toVsRange } from './source-range';

export const DIAGNOSTIC_SOURCE = 'Client Ledger';

const SEVERITIES: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Findings as diagnostics on every ledger file, open or not, kept current as files change. */
export function registerDiagnostics(context: vscode.ExtensionContext, queries: LedgerQueries): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('clientLedger');
  const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  const update = (uris: readonly string[]) => {
    for (const key of uris) {
      const uri = vscode.Uri.parse(key);
      const findings = queries.ledgerOf(uri) ? queries.findings(uri) : [];
      if (findings.length === 0) collection.delete(uri);
      else collection.set(uri, findings.map((finding) => toDiagnostic(finding, uri, docs)));
    }
  };
  context.subscriptions.push(collection, queries.onDidChange((change) => update(change.uris)));
  return collection;
}

export function toDiagnostic(finding: Finding, uri: vscode.Uri, docs: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: docs.with({ fragment: finding.rule }) };
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map(
      (place) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(place.range)), place.message),
    );
  }
  return diagnostic;
}

/** Our ranges are 1-based; an empty one covers one character so it can be seen. */
export function toRange(range: SourceRange): vscode.Range {
  const exact = toVsRange(range);
  return exact.isEmpty ? new vscode.Range(exact.start, exact.start.translate(0, 1)) : exact;
}
