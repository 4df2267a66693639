import type { Day } from '../values/calendar-day';
import { checkClient, type CheckSettings } from '../check';
import type { ClientRecord, Finding, Severity } from '../model';

export type HealthSignal = 'green' | 'amber' | 'red';

/** A finding behind a health signal. */
export interface HealthReason {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based line of the finding in the record. */
  readonly line: number;
}

export interface ClientHealth {
  readonly signal: HealthSignal;
  /** The findings that set the signal: the red ones first, then the warnings; empty when green. */
  readonly reasons: readonly HealthReason[];
}

/**
 * Red when a finding is an error or `relationship-at-risk` fires; amber when a finding is a
 * warning; green otherwise (info and hint findings never change the signal). The reasons are
 * every error and warning finding, with `relationship-at-risk` (whatever its severity): those
 * that make it red first, each group in the findings' order.
 */
export function healthOf(findings: readonly Finding[]): ClientHealth {
  const red = findings.filter(isRed);
  const amber = findings.filter((finding) => !isRed(finding) && finding.severity === 'warning');
  const signal: HealthSignal = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green';
  return { signal, reasons: [...red, ...amber].map(reasonOf) };
}

/** The health of one record on `today`, from its own findings (checkClient). */
export function clientHealth(client: ClientRecord, today: Day, settings: CheckSettings = {}): ClientHealth {
  return healthOf(checkClient(client, today, settings));
}

function isRed(finding: Finding): boolean {
  return finding.severity === 'error' || finding.rule === 'relationship-at-risk';
}

export function reasonOf(finding: Finding): HealthReason {
  return { rule: finding.rule, severity: finding.severity, message: finding.message, line: finding.range.start.line };
}
