import type { LspFeature } from '../lsp-files';
import { completionFeature } from './completion';
import { definitionFeature } from './definition';
import { documentLinksFeature } from './document-links';
import { documentSymbolsFeature } from './document-symbols';
import { foldingRangesFeature } from './folding-ranges';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { inlayHintsFeature } from './inlay-hints';
import { referencesFeature } from './references';
import { renameFeature } from './rename';
import { workspaceSymbolsFeature } from './workspace-symbols';

/** The language server's features beyond diagnostics and code actions: the document features the extension has. */
export const LSP_FEATURES: readonly LspFeature[] = [
  hoverFeature,
  completionFeature,
  documentSymbolsFeature,
  foldingRangesFeature,
  definitionFeature,
  referencesFeature,
  renameFeature,
  documentLinksFeature,
  inlayHintsFeature,
  formattingFeature,
  workspaceSymbolsFeature,
];
