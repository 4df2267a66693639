import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/model';
import { shippedFile } from '../node/shipped-file';
import { fileUri } from './file-uri';
import { visibleRange } from './lsp-range';

/** What the extension's diagnostics say they come from; code actions answer only these. */
export const DIAGNOSTIC_SOURCE = 'Client Ledger';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rules' page shipped beside the server, as an absolute URI (each rule is a section of it). */
export function rulesDocUri(): string | undefined {
  const path = shippedFile('docs', 'rules.md');
  return path === undefined ? undefined : fileUri(path);
}

/** A finding as a diagnostic: the rule id as its code, linked to the rule's section of the docs. */
export function toDiagnostic(finding: Finding, uri: string, docs: string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: visibleRange(finding.range),
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    message: finding.message,
  };
  if (docs !== undefined) diagnostic.codeDescription = { href: `${docs}#${finding.rule}` };
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((place) => ({ location: { uri, range: visibleRange(place.range) }, message: place.message }));
  }
  return diagnostic;
}

/** The rule id of one of our diagnostics. */
export function ruleOf(diagnostic: Diagnostic): string {
  return String(diagnostic.code ?? '');
}
