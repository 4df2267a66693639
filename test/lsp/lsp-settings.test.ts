import assert from 'node:assert/strict';
import { ledgerSettings } from '../../src/core/settings';
import { layeredSettings, pulledSettings, pushedSettings } from '../../src/lsp/lsp-settings';

describe('the settings a language client sends', () => {
  it('are read nested, dotted, or both, under clientLedger', () => {
    const shapes = [
      { clientLedger: { folder: 'ledger', rules: { 'no-contact': 21 } } },
      { 'clientLedger.folder': 'ledger', 'clientLedger.rules.no-contact': 21 },
      { clientLedger: { folder: 'ledger', 'rules.no-contact': 21 } },
      { 'clientLedger.rules': { 'no-contact': 21 }, clientLedger: { folder: 'ledger' } },
    ];
    for (const shape of shapes) {
      const settings = ledgerSettings(pushedSettings(shape));
      assert.equal(settings.folder, 'ledger', JSON.stringify(shape));
      assert.deepEqual(settings.thresholds, { 'no-contact': 21 }, JSON.stringify(shape));
    }
  });

  it('are nothing when absent or not an object, and other servers\' settings are not ours', () => {
    for (const raw of [undefined, null, 'clientLedger', [1], { folder: 'ledger' }, { other: { clientLedger: { folder: 'ledger' } } }]) {
      assert.equal(pushedSettings(raw)('folder'), undefined, JSON.stringify(raw));
    }
  });

  it('answered for one section (workspace/configuration) are read without the section', () => {
    const lookup = pulledSettings({ rules: { 'no-contact': 30 }, 'agenda.show': 'mine' });
    assert.equal(lookup('rules.no-contact'), 30);
    assert.equal(lookup('agenda.show'), 'mine');
    assert.equal(pulledSettings(null)('folder'), undefined);
  });

  it('layer: the first that sets a key wins, null counting as unset', () => {
    const lookup = layeredSettings(pulledSettings({ currency: 'EUR', folder: null }), pushedSettings({ clientLedger: { folder: 'ledger', currency: 'GBP' } }));
    assert.equal(lookup('currency'), 'EUR');
    assert.equal(lookup('folder'), 'ledger');
    assert.equal(lookup('me'), undefined);
  });
});
