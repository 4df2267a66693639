import assert from 'node:assert/strict';
import { LSP_FEATURES } from '../../../src/lsp/features/index';
import { FakeFiles, handlersOf } from './lsp-fakes';

/** Which handler answers for which capability. */
const HANDLERS: Readonly<Record<string, readonly string[]>> = {
  hoverProvider: ['onHover'],
  completionProvider: ['onCompletion'],
  documentSymbolProvider: ['onDocumentSymbol'],
  foldingRangeProvider: ['onFoldingRanges'],
  definitionProvider: ['onDefinition'],
  referencesProvider: ['onReferences'],
  renameProvider: ['onPrepareRename', 'onRenameRequest'],
  documentLinkProvider: ['onDocumentLinks'],
  inlayHintProvider: ['inlayHint'],
  documentFormattingProvider: ['onDocumentFormatting'],
  documentRangeFormattingProvider: ['onDocumentRangeFormatting'],
  workspaceSymbolProvider: ['onWorkspaceSymbol'],
};

describe('language server: the features', () => {
  it('claim each capability once, and install exactly the handlers their capabilities promise', () => {
    const files = new FakeFiles();
    const claimed = LSP_FEATURES.flatMap((feature) => Object.keys(feature.capabilities));
    assert.deepEqual([...claimed].sort(), Object.keys(HANDLERS).sort());
    for (const feature of LSP_FEATURES) {
      const promised = Object.keys(feature.capabilities).flatMap((capability) => HANDLERS[capability]);
      assert.deepEqual([...handlersOf(feature, files).keys()].sort(), promised.sort());
    }
  });
});
