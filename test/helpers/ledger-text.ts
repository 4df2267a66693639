import assert from 'node:assert/strict';
import { checkClient, type CheckSettings } from '../../src/core/check';
import type { ClientRecord, Finding, LedgerFile } from '../../src/core/model';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { parseOptions } from '../../src/core/load-ledger';
import { parseDay, type Day } from '../../src/core/values/calendar-day';

/** The day most tests check on: a Friday. */
export const TODAY = '2026-11-20';

export function day(text: string): Day {
  const parsed = parseDay(text);
  assert.ok(parsed !== undefined, `bad test date ${text}`);
  return parsed;
}

/**
 * A client record's text: frontmatter lines (client defaults to Acme) and log lines, which
 * become `- ` items under `## Log`.
 */
export function recordText(frontmatter: readonly string[], log: readonly string[] = []): string {
  const front = frontmatter.some((line) => line.startsWith('client:')) ? frontmatter : ['client: Acme', ...frontmatter];
  return ['---', ...front, '---', '', '# Notes', '', '## Log', '', ...log.map((line) => `- ${line}`), ''].join('\n');
}

export function parseFile(text: string, file = 'clients/acme.md'): LedgerFile {
  return parseLedgerText(file, text, parseOptions());
}

export function parseClient(text: string, file = 'clients/acme.md'): ClientRecord {
  const parsed = parseFile(text, file);
  assert.equal(parsed.type, 'client', `expected a client record, got ${JSON.stringify(parsed, null, 1).slice(0, 600)}`);
  return parsed as ClientRecord;
}

export function check(text: string, today = TODAY, settings: CheckSettings = {}): Finding[] {
  return checkClient(parseClient(text), day(today), settings);
}

/** The findings of one rule. */
export function ruleFindings(rule: string, text: string, today = TODAY, settings: CheckSettings = {}): Finding[] {
  return check(text, today, settings).filter((finding) => finding.rule === rule);
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `"${needle}" not in text`);
  return index + 1;
}

/** Relationship rules speak only for these; the others fall silent. */
export const RELATIONSHIP = ['active', 'at-risk', 'salvage'] as const;
export const SILENT_STATUSES = ['prospect', 'on-hold', 'terminating', 'former'] as const;
