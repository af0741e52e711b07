/**
 * @octavo/core — the typed content model (zod), prose parsing, validation and quality rules, and
 * the resolver that turns a book into the tree every renderer consumes.
 */
export * from './model/index.js';
export type * from './prose/nodes.js';
export { parseProse, checkTex } from './prose/parse.js';
export { compileBook, type CompileResult } from './compile.js';
export { RULES, diagnostic, formatDiagnostic, joinPath, type Diagnostic, type RuleId, type Severity } from './check/diagnostics.js';
export { QUALITY, type QuestionReport } from './check/quality.js';
export { proseWords, proseText } from './resolve/links.js';
export { PART_TITLES, PART_SLUGS, BOX_NAMES, SUBSECTION_TITLES, GENERATED_TITLES, GENERATED_PAGES, questionLabel } from './resolve/names.js';
export type * from './tree/types.js';
export { traversal, withSetting, type Handler, type Handlers, type TraversalState } from './tree/state.js';
export { outputFile, type OutputFile, type Renderer } from './render.js';
export { formatAuthors, paperUrl, referenceParts } from './resolve/citation.js';
export { BOX_PALETTE, TEXT_PALETTE, type BoxColours } from './resolve/palette.js';
