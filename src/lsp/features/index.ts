import type { LspFeature } from '../lsp-files';

/** Placeholder: the language features (hovers, completion, symbols...) arrive from branch lsp-features. */
export const LSP_FEATURES: readonly LspFeature[] = [];
