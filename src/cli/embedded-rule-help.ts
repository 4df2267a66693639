import type { RuleHelpTable } from './rule-help';

/** Put in the bundle by scripts/build.mjs (esbuild `define`): absent when this file runs unbundled. */
declare const CLIENT_LEDGER_RULE_HELP: RuleHelpTable | undefined;

/**
 * Each rule's help from docs/rules.md as it was when the CLI was built, so that the SARIF output
 * does not depend on where, or whether, the page is installed beside the bundle.
 */
export function embeddedRuleHelp(): RuleHelpTable {
  if (typeof CLIENT_LEDGER_RULE_HELP === 'undefined') throw new Error('the rule help is embedded by the build (node scripts/build.mjs): run the bundle, dist/cli.js');
  return CLIENT_LEDGER_RULE_HELP;
}
