import assert from 'node:assert/strict';
import { toReader } from '../../src/core/documents/reader-voice';

const NAMES = ['Sam Okafor', 'Sam', 'Nova Startups'];

describe('a log note turned to the reader of a letter', () => {
  const cases: [string, string][] = [
    ['Sam called my work "lazy" in the team channel', 'you called my work "lazy" in the team channel'],
    ['called my work "lazy" in front of his team', 'you called my work "lazy" in front of your team'],
    ['Sam Okafor missed the call; he apologised later', 'you missed the call; you apologised later'],
    ["Sam's team changed the brief", 'your team changed the brief'],
    ['needs the deck tonight', 'you need the deck tonight'],
    ['wants weekend cover for the launch', 'you want weekend cover for the launch'],
    ['asked why the deck is not done', 'you asked why the deck is not done'],
    ['was late again', 'you were late again'],
    ['is it done?', 'is it done?'],
    ['has the invoice arrived?', 'has the invoice arrived?'],
    ['she told her assistant to call me', 'you told your assistant to call me'],
    ['I sent it to her twice', 'I sent it to you twice'],
    ['I emailed her.', 'I emailed you.'],
    ['the files are his', 'the files are yours'],
    ['Nova Startups is changing banks', 'you are changing banks'],
    ['build an investor pitch deck', 'build an investor pitch deck'],
    ['research 50 investors', 'research 50 investors'],
    ['the speed of replies', 'the speed of replies'],
    ['He said the budget was cut', 'You said the budget was cut'],
  ];
  for (const [note, letter] of cases) {
    it(`"${note}" -> "${letter}"`, () => {
      assert.equal(toReader(note, NAMES), letter);
    });
  }

  it('leaves names that are not the reader\'s, and parts of words, alone', () => {
    assert.equal(toReader('Samantha from accounts called', NAMES), 'Samantha from accounts called');
    assert.equal(toReader('Ines approved it', NAMES), 'Ines approved it');
  });
});
