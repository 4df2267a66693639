import assert from 'node:assert/strict';
import { mergeCapabilities } from '../../src/lsp/capabilities';

describe('mergeCapabilities: the server\'s and each feature\'s', () => {
  it('merges objects key by key and joins lists without repeats', () => {
    const merged = mergeCapabilities(
      { textDocumentSync: { openClose: true, change: 2 }, workspace: { workspaceFolders: { supported: true } }, executeCommandProvider: { commands: ['a'] } },
      { completionProvider: { triggerCharacters: [' ', ':'] }, executeCommandProvider: { commands: ['b', 'a'] } },
      { completionProvider: { triggerCharacters: [':', '-'], resolveProvider: true }, workspace: { fileOperations: { didRename: { filters: [] } } } },
    );
    assert.deepEqual(merged, {
      textDocumentSync: { openClose: true, change: 2 },
      workspace: { workspaceFolders: { supported: true }, fileOperations: { didRename: { filters: [] } } },
      executeCommandProvider: { commands: ['a', 'b'] },
      completionProvider: { triggerCharacters: [' ', ':', '-'], resolveProvider: true },
    });
  });

  it('keeps a provider\'s options over a plain true, and true over false', () => {
    assert.deepEqual(mergeCapabilities({ hoverProvider: true }, { hoverProvider: { workDoneProgress: false } }), { hoverProvider: { workDoneProgress: false } });
    assert.deepEqual(mergeCapabilities({ renameProvider: { prepareProvider: true } }, { renameProvider: true }), { renameProvider: { prepareProvider: true } });
    assert.deepEqual(mergeCapabilities({ foldingRangeProvider: false }, { foldingRangeProvider: true }), { foldingRangeProvider: true });
    assert.deepEqual(mergeCapabilities(), {});
  });
});
