import { relative, sep } from 'node:path';
import type { Finding } from '../core/model';

/** The output formats whose findings can be written file by file, on the thread that checked the file. */
export type StreamFormat = 'json' | 'text';

/** A path as the command line shows it: relative to the current directory, `/` separators. */
export function displayPath(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join('/');
}

/**
 * One file's findings as they appear in the output: for `text`, their lines; for `json`, their
 * elements of the top-level array, joined by `,\n` (jsonDocument joins the files). Equal, byte
 * for byte, to what `JSON.stringify(array, null, 2)` writes for each element.
 */
export function renderFindings(format: StreamFormat, file: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  if (format === 'text') {
    let text = '';
    for (const finding of findings) text += `${file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.rule} ${finding.message}\n`;
    return text;
  }
  const head = `  {\n    "file": ${JSON.stringify(file)},\n    "line": `;
  let text = '';
  for (let index = 0; index < findings.length; index++) {
    if (index > 0) text += ',\n';
    text += jsonElement(head, file, findings[index]);
  }
  return text;
}

/** The whole JSON output from the files' parts (renderFindings), in order. */
export function jsonDocument(parts: readonly string[]): string {
  const present = parts.filter((part) => part !== '');
  return present.length === 0 ? '[]\n' : `[\n${present.join(',\n')}\n]\n`;
}

/** What the JSON output holds of a finding, in this key order. */
export function jsonFinding(file: string, finding: Finding) {
  return {
    file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
  };
}

const quoted = new Map<string, string>();

/** A short string that repeats (severities, rule ids) quoted once. */
function quote(text: string): string {
  let json = quoted.get(text);
  if (json === undefined) quoted.set(text, (json = JSON.stringify(text)));
  return json;
}

function jsonElement(head: string, file: string, finding: Finding): string {
  const { line, column } = finding.range.start;
  const { severity, rule, message } = finding;
  if (!isInteger(line) || !isInteger(column) || typeof severity !== 'string' || typeof rule !== 'string' || typeof message !== 'string') {
    // Not the shape the template is written for: let JSON.stringify decide (keys it leaves out, null for NaN).
    return JSON.stringify(jsonFinding(file, finding), null, 2).replace(/^/gm, '  ');
  }
  return `${head}${line},\n    "column": ${column},\n    "severity": ${quote(severity)},\n    "rule": ${quote(rule)},\n    "message": ${JSON.stringify(message)}\n  }`;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}
