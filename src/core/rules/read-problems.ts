import type { ClientRecord, Finding, ReadProblem } from '../model';
import { finding, type Rule } from './rule';

/** The findings for problems met while reading a file (they carry their own place and message). */
export function problemsOf(rule: Pick<Rule, 'id' | 'severity'>, problems: readonly ReadProblem[]): Finding[] {
  return problems.filter((problem) => problem.rule === rule.id).map((problem) => finding(rule, problem.range, problem.message, { related: problem.related }));
}

export function readProblemRule(id: ReadProblem['rule'], severity: Rule['severity'], summary: string): Rule {
  const rule: Rule = {
    id,
    severity,
    scope: 'every-client',
    summary,
    check: (client: ClientRecord) => problemsOf(rule, client.problems),
  };
  return rule;
}
