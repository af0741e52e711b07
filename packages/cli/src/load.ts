import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

/** A problem the user can fix, reported as one readable message (never a stack trace). */
export class UserError extends Error {
  constructor(
    message: string,
    /** 1: the content is wrong; 2: the command line is wrong. */
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** The book's entry when none is given: `content/index.ts` in the working directory. */
export const DEFAULT_ENTRY = 'content/index.ts';

/** Imports the book's entry module (TypeScript or JavaScript) and returns its default export. */
export async function loadBook(entry = DEFAULT_ENTRY, cwd = process.cwd()): Promise<unknown> {
  const file = resolve(cwd, entry);
  if (!existsSync(file)) throw new UserError(`no book at ${entry}: pass the entry module, e.g. \`octavo build content/index.ts\``, 2);
  let module: { default?: unknown };
  try {
    module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default?: unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
    throw new UserError(`could not load the book from ${entry}:\n${reason}`, 1);
  }
  // tsx may wrap a CommonJS-looking module once more.
  let book = module.default;
  if (book && typeof book === 'object' && 'default' in book && !('kind' in book)) book = (book as { default: unknown }).default;
  if (book === undefined) throw new UserError(`${entry} has no default export: export default defineBook({...})`, 1);
  return book;
}
