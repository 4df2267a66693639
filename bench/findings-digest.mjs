// The correctness guard's view of a finding (bench/run.mjs, bench/inprocess.mjs): the in-process
// check and the CLI's JSON output must give the same findings, not only as many per rule.
import { createHash } from 'node:crypto';

/** One finding: where (the file relative to the ledger, line, column), which rule, how severe, what it says. */
export function findingKey(file, line, column, rule, severity, message) {
  return JSON.stringify([file.split('\\').join('/'), line, column, rule, severity, message]);
}

/** sha256 of the findings' keys, sorted: equal for the same findings in any order. */
export function digestOf(keys) {
  const hash = createHash('sha256');
  for (const key of [...keys].sort()) hash.update(key).update('\n');
  return hash.digest('hex');
}
