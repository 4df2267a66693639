import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DESCRIPTION_MAX_CHARS, ruleHelpOf, type RuleHelp } from '../../src/cli/rule-help';
import { ALL_RULES } from '../../src/core/rules/index';

const RULES_DOC = readFileSync(resolve(__dirname, '../../../docs/rules.md'), 'utf8');

/** A rule's section of docs/rules.md read line by line: from its heading to the next heading of level 1 or 2 outside a code fence. */
function sectionLines(doc: string, id: string): string[] {
  const lines = doc.split('\n');
  const start = lines.indexOf(`## ${id}`);
  assert.ok(start >= 0, `no section ${id}`);
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    if (/^(```|~~~)/.test(lines[end])) fenced = !fenced;
    if (!fenced && /^##? /.test(lines[end])) break;
  }
  return lines.slice(start + 1, end);
}

describe('each rule\'s help, from its section of docs/rules.md', () => {
  let help: Record<string, RuleHelp>;
  before(async () => {
    help = await ruleHelpOf(RULES_DOC);
  });

  it('has every rule, and nothing else', () => {
    assert.deepEqual(Object.keys(help), ALL_RULES.map((rule) => rule.id));
  });

  for (const { id } of ALL_RULES) {
    it(`${id}: the section's markdown with relative links unlinked, plain text, and its first paragraph`, () => {
      const { markdown, text, description } = help[id];
      const expected = sectionLines(RULES_DOC, id).join('\n').trim().replace(/\[([^\]]*)\]\((?![a-z][a-z\d+.-]*:)[^)]*\)/g, '$1');
      assert.equal(markdown, expected);
      const prose = text.split('\n').filter((line) => !line.startsWith('    '));
      for (const line of prose) assert.doesNotMatch(line, /\*\*|`|\]\(/, `markup left in: ${line}`);
      const codeLines = markdown.split('\n```')
        .filter((_, index) => index % 2 === 1)
        .flatMap((block) => block.split('\n').slice(1))
        .filter((line) => line !== '');
      assert.ok(codeLines.length > 0 || !markdown.includes('```'));
      for (const line of codeLines) assert.ok(text.includes(`    ${line}`), `code line not in the text: ${line}`);
      assert.doesNotMatch(description, /\n|^What\./);
      assert.ok(description.length > 20 && description.length <= DESCRIPTION_MAX_CHARS);
      assert.ok(text.replace(/\s+/g, ' ').includes(description), 'the description is the start of the help');
    });
  }
});

describe('ruleHelpOf on a small page', () => {
  const page = [
    '# The checks', '', 'Intro.', '',
    '## alpha', '',
    '**What.** A *small* `rule`: see [beta](#beta),', '[the format](format.md#keys) and [the site](https://example.com/x).', '',
    '```markdown', '## Log', '', '- 2026-01-01 note', '```', '',
    '- one', '- **two**', '  still two', '',
    '## beta', '', 'Only this.', '', '### detail', '', '> quoted', '',
    '# Appendix', '', 'Not beta.', '',
  ].join('\n');

  it('cuts sections at headings of level 1 and 2 outside code, keeps deeper ones', async () => {
    const help = await ruleHelpOf(page, ['alpha', 'beta']);
    assert.equal(help.alpha.markdown, [
      '**What.** A *small* `rule`: see beta,', 'the format and [the site](https://example.com/x).', '',
      '```markdown', '## Log', '', '- 2026-01-01 note', '```', '',
      '- one', '- **two**', '  still two',
    ].join('\n'));
    assert.equal(help.beta.markdown, 'Only this.\n\n### detail\n\n> quoted');
  });

  it('gives plain text: no markup, code indented, list items after a dash', async () => {
    const help = await ruleHelpOf(page, ['alpha', 'beta']);
    assert.equal(help.alpha.text, [
      'What. A small rule: see beta,', 'the format and the site.', '',
      '    ## Log', '', '    - 2026-01-01 note', '',
      '- one', '- two', '  still two',
    ].join('\n'));
    assert.equal(help.beta.text, 'Only this.\n\ndetail\n\n> quoted');
  });

  it('describes a rule by its first paragraph on one line, without the run-in label', async () => {
    const help = await ruleHelpOf(page, ['alpha', 'beta']);
    assert.equal(help.alpha.description, 'A small rule: see beta, the format and the site.');
    assert.equal(help.beta.description, 'Only this.');
  });

  it('cuts a long first paragraph after its last whole sentence that fits', async () => {
    const sentence = 'This sentence is forty characters long. ';
    const long = sentence.repeat(Math.ceil(DESCRIPTION_MAX_CHARS / sentence.length) + 1);
    const help = await ruleHelpOf(`## long\n\n**What.** ${long}\n\n## word\n\n${'x'.repeat(DESCRIPTION_MAX_CHARS + 10)}\n`, ['long', 'word']);
    assert.equal(help.long.description, sentence.repeat(Math.floor(DESCRIPTION_MAX_CHARS / sentence.length)).trim());
    assert.equal(help.word.description, `${'x'.repeat(DESCRIPTION_MAX_CHARS - 1)}…`);
    assert.equal(help.long.text, `What. ${long.trim()}`, 'the help keeps all of it');
  });

  it('refuses a rule without a section, or with a section without a paragraph', async () => {
    await assert.rejects(ruleHelpOf(page, ['alpha', 'gamma']), /no "## rule-id" section with a paragraph for gamma$/);
    await assert.rejects(ruleHelpOf('## code-only\n\n```\nx\n```\n', ['code-only']), /for code-only$/);
  });
});
