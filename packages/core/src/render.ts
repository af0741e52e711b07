import type { ResolvedBook } from './tree/types.js';

/** One file a renderer produces: a path relative to the format's output folder, and its bytes. */
export interface OutputFile {
  path: string;
  data: Uint8Array;
}

/**
 * The renderer contract: a pure function from the resolved book (and options) to files. Renderers
 * never write to disk; the CLI does, atomically.
 */
export type Renderer<Options = Record<string, never>> = (book: ResolvedBook, options?: Options) => OutputFile[] | Promise<OutputFile[]>;

/** A text file as UTF-8 bytes. */
export const outputFile = (path: string, text: string | Uint8Array): OutputFile => ({
  path,
  data: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});
