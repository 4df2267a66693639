import type { FileFindings, Severity, SourceRange } from '../core/model';
import { ALL_RULES } from '../core/rules/index';
import type { RuleHelpTable } from './rule-help';

/** SARIF levels of the finding severities: hints and infos are both notes. */
export const SARIF_LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * The findings as one SARIF 2.1.0 log with one run. `results` hold paths as the caller gives
 * them (relative to the current directory, `/` separators); they are written as relative URI
 * references, each segment percent-encoded. Regions are 1-based lines and columns in UTF-16 code
 * units (SARIF's default columnKind), the end column exclusive, as the engine counts them.
 * Each rule carries its docs section as `help` (text and markdown). There is no `helpUri` nor
 * `informationUri`: SARIF wants absolute URIs there, and the project has no public URL yet.
 */
export function toSarif(results: readonly FileFindings[], options: { readonly help: RuleHelpTable; readonly version?: string }) {
  const { help, version } = options;
  const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'client-ledger',
            ...(version === undefined ? {} : { version }),
            rules: ALL_RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              fullDescription: { text: help[rule.id].description },
              help: { text: help[rule.id].text, markdown: help[rule.id].markdown },
              defaultConfiguration: { level: SARIF_LEVELS[rule.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.findings.map((finding) => ({
            ruleId: finding.rule,
            ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
            level: SARIF_LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [location(result.file, finding.range)],
            ...(finding.related && finding.related.length > 0
              ? { relatedLocations: finding.related.map((place, index) => ({ id: index, ...location(result.file, place.range), message: { text: place.message } })) }
              : {}),
          })),
        ),
      },
    ],
  };
}

function location(file: string, range: SourceRange) {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(file) },
      region: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column },
    },
  };
}

/** A relative path as a relative URI reference: `clients/acme%20bakery.md`. */
export function uriOf(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
