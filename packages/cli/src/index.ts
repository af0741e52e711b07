/** @octavo/cli — the `octavo` command, usable from code too. */
export { main, type Io } from './main.js';
export { loadBook, UserError, DEFAULT_ENTRY } from './load.js';
export { writeAtomically } from './write.js';
export { runnableBlocks, runBlock, type CodeRun } from './run-code.js';
export { FORMATS, RENDERERS, type Format } from './formats.js';
