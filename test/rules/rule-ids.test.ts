import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_RULES } from '../../src/core/rules/index';
import { RULE_ID_LIST } from '../../src/core/rules/rule-id';

const RULES = resolve(__dirname, '../../../src/core/rules');
/** The rule folder's files that are not a rule. */
const SUPPORT = new Set(['index', 'rule', 'rule-id', 'read-problems']);

describe('rule ids', () => {
  it('name every rule once, and only rules', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'no id twice');
    assert.deepEqual([...ids].sort(), [...RULE_ID_LIST].sort());
  });

  it('are the names of the rule files', () => {
    const files = readdirSync(RULES).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3)).filter((name) => !SUPPORT.has(name));
    assert.deepEqual(files.sort(), [...RULE_ID_LIST].sort());
  });
});
