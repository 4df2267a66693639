import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One problem Microsoft's SARIF validator found: its rule (SARIF1002, GH2012...), level and message. */
export interface ValidatorResult {
  readonly ruleId: string;
  readonly level: string;
  readonly message: string;
}

/**
 * The rule kinds the validator runs: the SARIF specification's rules and GitHub code scanning's
 * ingestion rules (what an upload to code scanning needs, e.g. each rule's fullDescription).
 */
const RULE_KINDS = 'Sarif;Gh';

/**
 * The validator of the devDependency @microsoft/sarif-multitool-linux (a self-contained .NET
 * program for linux x64 that runs offline), made executable when npm skipped its postinstall.
 */
function multitool(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`Microsoft's SARIF validator (@microsoft/sarif-multitool-linux) runs on linux x64 only, not ${process.platform} ${process.arch}: run this test on linux x64 (as CI does)`);
  }
  const path = require('@microsoft/sarif-multitool-linux') as string;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    // What the package's postinstall (chmod u+x) would have done.
    chmodSync(path, statSync(path).mode | 0o100);
  }
  return path;
}

/**
 * Validates a SARIF log with `Sarif.Multitool validate` and returns what it reports. The tool
 * exits 0 whatever it finds: its own output, a SARIF log, holds the findings.
 */
export function validateSarif(sarif: string): ValidatorResult[] {
  const scratch = mkdtempSync(join(tmpdir(), 'sarif-validate-'));
  try {
    const input = join(scratch, 'input.sarif');
    const output = join(scratch, 'validation.sarif');
    writeFileSync(input, sarif);
    const env = {
      ...process.env,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
      // No ICU needed (a fresh CI image may lack it); the validator does not sort or case-map text by culture.
      DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
    };
    const run = spawnSync(multitool(), ['validate', input, '--output', output, '--rule-kind', RULE_KINDS], { cwd: scratch, env, encoding: 'utf8' });
    let log: ValidationLog;
    try {
      log = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
    } catch (error) {
      throw new Error(`the SARIF validator wrote no log (exit ${run.status ?? run.signal}, ${(error as Error).message}):\n${run.error ?? ''}${run.stdout}${run.stderr}`);
    }
    return log.runs.flatMap((validation) => validation.results.map((result) => ({
      ruleId: result.ruleId,
      level: result.level ?? 'warning',
      message: messageText(validation.tool.driver.rules[result.ruleIndex ?? -1], result.message),
    })));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface ValidationLog {
  readonly runs: readonly {
    readonly tool: { readonly driver: { readonly rules: readonly { readonly messageStrings?: Record<string, { readonly text: string }> }[] } };
    readonly results: readonly {
      readonly ruleId: string;
      readonly ruleIndex?: number;
      readonly level?: string;
      readonly message: { readonly text?: string; readonly id?: string; readonly arguments?: readonly string[] };
    }[];
  }[];
}

/** A result's message: its text, or its rule's message string with the arguments put in. */
function messageText(rule: ValidationLog['runs'][number]['tool']['driver']['rules'][number] | undefined, message: ValidationLog['runs'][number]['results'][number]['message']): string {
  const template = message.text ?? (message.id === undefined ? undefined : rule?.messageStrings?.[message.id]?.text);
  if (template === undefined) return JSON.stringify(message);
  return template.replace(/\{(\d+)\}/g, (_, index: string) => message.arguments?.[Number(index)] ?? `{${index}}`);
}
